package jp.chigasaki.kyodo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * An uncertain best candidate (below the answer thresholds, at or above the agreement threshold) is answered when the
 * second opinion prefers it to the other candidates, and offered in a clarify when it does not or when the second
 * opinion is off. The answer thresholds are set out of reach so that only agreement can answer. Examples written for
 * this test, on a small made-up knowledge.
 */
class SecondOpinionBandTests {

	private static final KnowledgeBase KNOWLEDGE = knowledge();

	private final MatchingEngine withOpinion = MatchingEngine.create(KNOWLEDGE,
			MatchingProperties.defaults().withAnswerThresholds(0.999, 0.999).withAgreementThreshold(0.2));
	private final MatchingEngine without = MatchingEngine.create(KNOWLEDGE,
			MatchingProperties.defaults().withAnswerThresholds(0.999, 0.999).withAgreementThreshold(1));

	@Test
	void anUncertainBestCandidateTheSecondOpinionPrefersIsAnswered() {
		String question = "来月から町内の花壇を手伝います。花壇の水やり当番は誰が決めるの？";

		Classification confirmed = withOpinion.classify(question, Audience.MEMBER);
		Classification alone = without.classify(question, Audience.MEMBER);

		assertThat(confirmed.candidates()).extracting(Candidate::faqId).first().isEqualTo("garden-rota");
		assertThat(confirmed.confidence()).isGreaterThanOrEqualTo(0.2).isLessThan(0.999);
		assertThat(confirmed.band()).isEqualTo(Band.ANSWER);
		assertThat(alone.candidates()).extracting(Candidate::faqId).first().isEqualTo("garden-rota");
		assertThat(alone.band()).isEqualTo(Band.CLARIFY);
	}

	@Test
	void anUncertainBestCandidateTheSecondOpinionDoesNotPreferStaysAClarify() {
		// Two topics in one question (rain, an injury): neither candidate is clearly nearer in meaning.
		Classification result = withOpinion.classify("雨の日にテントを張る行事で、けが人が出たらどうする", Audience.MEMBER);

		assertThat(result.candidates()).extracting(Candidate::faqId).startsWith("first-aid", "rain-plan");
		assertThat(result.confidence()).isGreaterThanOrEqualTo(0.2).isLessThan(0.999);
		assertThat(result.band()).isEqualTo(Band.CLARIFY);
	}

	private static KnowledgeBase knowledge() {
		List<FaqEntry> faqs = new ArrayList<>();
		faqs.add(entry("garden-rota", "花壇の水やり当番の決め方", List.of("水やり当番って誰が決める？", "花壇の当番の順番"),
				"花壇の水やり当番は、毎年春に町内会の班長が決めます。"));
		faqs.add(entry("hall-booking", "集会所の予約", List.of("集会所を借りたい", "集会所は何日前から予約できる？"),
				"集会所は一か月前から予約できます。"));
		faqs.add(entry("tent-rental", "テントの貸し出し", List.of("行事でテントを使いたい", "テントを借りられますか"),
				"テントは公民館で貸し出します。"));
		faqs.add(entry("first-aid", "行事中のけがの手当て", List.of("けが人が出たらどうする？", "救急箱はどこ？"),
				"けがをした人がいたら、集会所の救急箱を使い、ひどいときは119番に電話してください。"));
		faqs.add(entry("rain-plan", "雨天の行事", List.of("雨が降ったら行事はどうなる？", "雨の日の道具の片付け"),
				"雨の日は行事を延期します。道具は倉庫に片付けます。"));
		return new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	private static FaqEntry entry(String id, String question, List<String> phrasings, String answer) {
		return new FaqEntry(id, question, phrasings, answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
