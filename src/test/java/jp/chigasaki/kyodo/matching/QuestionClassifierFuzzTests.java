package jp.chigasaki.kyodo.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.internal.LuceneClassifier;

class QuestionClassifierFuzzTests {

	private static final List<String> PIECES = List.of("げんき基金", "サポセン", "協働", "ｻﾎﾟｾﾝ", "①②", "〜", "～",
			"😀", "👨‍👩‍👧", "\u0000", "\u0007", "\t", "\n", "\r\n", "\u200B", "\uFEFF", "\uD800", "\uDFFF", "\uDBFF\uDC00",
			"hello", "WHAT?", "SELECT * FROM", "<script>", "\\", "\"", "'", "(", ")", "*", "?", "~", ":", "AND", "OR",
			"NOT", "+-&&||!", "{}[]^", " ", "　", "漢", "ア", "ａｂｃ", "１２３", "\u0301", "\u202E", "ℌ", "㈱", "㍿",
			"ー", "ｰ", "々", "〃", "…");

	private final QuestionClassifier classifier = RealKnowledge.ENGINE;

	/** The engine without MatchingEngine's safety net, so that a failure in the analysis chain shows here. */
	private static final LuceneClassifier BARE = LuceneClassifier.build(RealKnowledge.BASE,
			MatchingProperties.defaults());

	@Test
	void anyMixOfOddTextNeverThrowsAndStaysWithinContract() {
		Random random = new Random(20261129);
		for (int i = 0; i < 1000; i++) {
			String question = randomText(random);
			Audience audience = random.nextBoolean() ? Audience.MEMBER : Audience.STAFF;

			Classification result = BARE.classify(question, audience);

			assertValid(result);
		}
	}

	@Test
	void randomCodeUnitsIncludingLoneSurrogatesNeverThrow() {
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			char[] chars = new char[random.nextInt(200)];
			for (int j = 0; j < chars.length; j++) {
				chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
			}
			assertValid(BARE.classify(new String(chars), Audience.MEMBER));
		}
	}

	@Test
	void emptyNullAndTenThousandCharactersAreAnswered() {
		assertValid(BARE.classify("", Audience.MEMBER));
		assertValid(BARE.classify(null, Audience.MEMBER));
		assertValid(BARE.classify("げんき基金について".repeat(1112), Audience.MEMBER));
		assertValid(BARE.classify("あ".repeat(10_000), Audience.STAFF));
		assertValid(BARE.classify("😀".repeat(10_000), Audience.STAFF));
		assertThatNoException().isThrownBy(() -> classifier.classify("English only, no Japanese at all.", null));
	}

	@Test
	void aLongRamblingMessageStillFindsItsQuestion() {
		String rambling = "こんにちは、いつもお世話になっています。".repeat(50) + "げんき基金の締め切りはいつですか";

		assertThat(classifier.classify(rambling, Audience.MEMBER).candidates()).extracting(Candidate::faqId)
			.contains("genki-kikin-deadline");
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(random.nextInt(10) == 0 ? 3000 : 12);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		return text.toString();
	}

	private static void assertValid(Classification result) {
		assertThat(result.band()).isNotNull();
		assertThat(result.confidence()).isBetween(0.0, 1.0);
		assertThat(result.intentConfidence()).isBetween(0.0, 1.0);
		assertThat(result.candidates()).hasSizeLessThanOrEqualTo(5)
			.allSatisfy(candidate -> assertThat(candidate.confidence()).isBetween(0.0, 1.0));
	}
}
