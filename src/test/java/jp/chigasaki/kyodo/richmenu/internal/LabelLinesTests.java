package jp.chigasaki.kyodo.richmenu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Labels break like Japanese text on a sign: at 「・」 or a space when near, never before a small kana, evenly. */
class LabelLinesTests {

	private static FontMetrics metrics;
	private static int em;

	@BeforeAll
	static void font() {
		var graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		metrics = graphics.getFontMetrics(JapaneseFont.load(null).deriveFont(100f));
		em = metrics.stringWidth("あ");
	}

	@Test
	void aLabelThatFitsStaysOnOneLine() {
		assertThat(LabelLines.wrap("共催", metrics, 5 * em)).containsExactly("共催");
	}

	@Test
	void breaksAfterTheMiddleDotRatherThanInsideAWord() {
		assertThat(LabelLines.wrap("分野別発表会・交流会", metrics, 7 * em)).containsExactly("分野別発表会・", "交流会");
	}

	@Test
	void breaksAtASpaceAndKeepsTheLinesEven() {
		assertThat(LabelLines.wrap("げんき基金 スタート支援", metrics, 9 * em)).containsExactly("げんき基金", "スタート支援");
		assertThat(LabelLines.wrap("協働の種探し", metrics, 5 * em)).containsExactly("協働の", "種探し");
	}

	@Test
	void noLineStartsWithASmallKanaOrTheMiddleDotAndNoneLeavesALoneCharacter() {
		assertThat(LabelLines.wrap("事前打ち合わせ", metrics, 6 * em)).containsExactly("事前打ち", "合わせ");
		assertThat(LabelLines.wrap("ステップアップ支援", metrics, 4 * em)).hasSize(3)
			.noneMatch(line -> line.startsWith("ッ") || line.startsWith("・"))
			.allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(4 * em + em / 2));
	}
}
