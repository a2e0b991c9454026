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
 * A direct question (one sentence, most of its words in the best entry) is answered at the one-sentence answer
 * threshold; the same question with a sentence of context, or with words the entry lacks, needs the general one.
 * The thresholds here are set far apart so that the band shows which one applied, and the second opinion is off
 * (SecondOpinionTests covers it). Examples written for this test, on a small made-up knowledge.
 */
class DirectQuestionTests {

	private final MatchingEngine engine = MatchingEngine.create(knowledge(),
			MatchingProperties.defaults().withAnswerThresholds(0.999, 0.3).withAgreementThreshold(1));

	@Test
	void aDirectQuestionIsAnsweredAtTheOneSentenceThreshold() {
		Classification result = engine.classify("花壇の水やり当番は誰が決めるの？", Audience.MEMBER);

		assertThat(result.candidates()).extracting(Candidate::faqId).first().isEqualTo("garden-rota");
		assertThat(result.confidence()).isGreaterThanOrEqualTo(0.3).isLessThan(0.999);
		assertThat(result.band()).isEqualTo(Band.ANSWER);
	}

	@Test
	void theSameQuestionAfterAContextSentenceNeedsTheGeneralThreshold() {
		Classification result = engine.classify("来月から町内の花壇を手伝います。花壇の水やり当番は誰が決めるの？", Audience.MEMBER);

		assertThat(result.candidates()).extracting(Candidate::faqId).first().isEqualTo("garden-rota");
		assertThat(result.band()).isEqualTo(Band.CLARIFY);
	}

	@Test
	void aOneSentenceQuestionWhoseEntryLacksMostOfItsWordsNeedsTheGeneralThreshold() {
		Classification result = engine.classify("花壇の水やり当番で使う肥料とじょうろと支柱の置き場は？", Audience.MEMBER);

		assertThat(result.candidates()).extracting(Candidate::faqId).first().isEqualTo("garden-rota");
		assertThat(result.band()).isEqualTo(Band.CLARIFY);
	}

	private static KnowledgeBase knowledge() {
		List<FaqEntry> faqs = new ArrayList<>();
		faqs.add(entry("garden-rota", "花壇の水やり当番の決め方", "花壇の水やり当番は、毎年春に町内会の班長が決めます。"));
		faqs.add(entry("hall-booking", "集会所の予約", "集会所は一か月前から予約できます。"));
		faqs.add(entry("tent-rental", "テントの貸し出し", "テントは公民館で貸し出します。"));
		faqs.add(entry("library-hours", "図書室の開館時間", "図書室は平日の午前から開いています。"));
		faqs.add(entry("rain-plan", "雨天の行事", "雨の日は行事を延期します。道具は倉庫に片付けます。"));
		return new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
