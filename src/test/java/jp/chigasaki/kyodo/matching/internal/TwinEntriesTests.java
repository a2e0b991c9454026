package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * A menu item and the FAQ entry it names as {@code same-as} are one topic told from two sides (the menu's 分野別発表会
 * and 「分野別発表会・交流会とはどんなものですか？」): they do not compete, so the question is measured against the next
 * other topic and a clarify never offers both.
 */
class TwinEntriesTests {

	private static final KnowledgeBase REAL = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));

	private static final LuceneClassifier JOINED = LuceneClassifier.build(REAL, MatchingProperties.defaults());

	/** The same knowledge with every menu item's {@code same-as} taken away. */
	private static final LuceneClassifier APART = LuceneClassifier.build(new KnowledgeBase(REAL.faqs(),
			REAL.departments(), REAL.menu().stream().map(TwinEntriesTests::withoutTwin).toList(), REAL.intents(),
			REAL.sources(), REAL.synonyms(), REAL.userDictionary()), MatchingProperties.defaults());

	private static final List<String> QUESTIONS = List.of("分野別発表会って、小さい団体でも発表させてもらえますか",
			"分野別の発表会は見学だけでもいい？", "事前打ち合わせって誰に申し込めばいいの？", "協働の種探しに登録したら連絡は来ますか",
			"市の名前をチラシに入れるための後援の申請はどうすれば");

	@Test
	void theRealMenuNamesItsTwins() {
		assertThat(REAL.menu().stream().filter(item -> item.sameAs() != null).count()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void aClarifyNeverOffersBothRecordsOfOneTopic() {
		for (String question : QUESTIONS) {
			List<String> ids = ids(JOINED.classify(question, Audience.MEMBER));
			for (MenuItem item : REAL.menu()) {
				if (item.sameAs() != null) {
					assertThat(ids.contains(item.id()) && ids.contains(item.sameAs())).as(question).isFalse();
				}
			}
		}
	}

	@Test
	void twinsThatSplitTheQuestionNoLongerHideTheLeadOverOtherTopics() {
		int nowAnswered = 0;
		for (String question : QUESTIONS) {
			Classification apart = APART.classify(question, Audience.MEMBER);
			Classification joined = JOINED.classify(question, Audience.MEMBER);
			assertThat(joined.candidates().get(0).faqId()).as(question).isEqualTo(apart.candidates().get(0).faqId());
			assertThat(joined.confidence()).as(question).isGreaterThanOrEqualTo(apart.confidence());
			if (apart.band() == Band.ANSWER) {
				assertThat(joined.band()).as(question).isEqualTo(Band.ANSWER);
			}
			nowAnswered += apart.band() == Band.CLARIFY && joined.band() == Band.ANSWER ? 1 : 0;
		}
		assertThat(nowAnswered).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aQuestionThatNamesATopicInPassingIsNotAnswered() {
		// Made-up out-of-scope questions: the topic word is the only thing they share with the knowledge.
		for (String question : List.of("事前打ち合わせの会場までのバスの時刻表を教えて", "種探しって家庭菜園の種はどこで買えますか",
				"公園愛護会の会員の誕生日会のケーキを予約したい")) {
			Classification joined = JOINED.classify(question, Audience.MEMBER);
			assertThat(joined.band()).as(question).isNotEqualTo(Band.ANSWER);
		}
		assertThat(LuceneClassifier.LEAST_ANSWERED_SHARE).isEqualTo(1.0 / 3);
	}

	@Test
	void retrievalMetricsStillSeeBothRecords() {
		assertThat(JOINED.rank(QUESTIONS.get(0), 5).stream().map(Candidate::faqId))
			.contains("torikumi-happyokai", "menu-bunyabetsu-happyokai");
	}

	private static List<String> ids(Classification classification) {
		return classification.candidates().stream().map(Candidate::faqId).toList();
	}

	private static MenuItem withoutTwin(MenuItem item) {
		return new MenuItem(item.id(), item.name(), item.summary(), item.can(), item.cannot(), item.unconfirmed(),
				item.conditions(), item.departmentId(), item.phrasings(), item.sources(),
				item.audience().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(item.audience()),
				item.reviewed(), item.validUntil(), item.location());
	}
}
