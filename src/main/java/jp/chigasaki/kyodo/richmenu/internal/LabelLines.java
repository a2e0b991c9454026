package jp.chigasaki.kyodo.richmenu.internal;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Breaking a label into lines for the menu picture. */
final class LabelLines {

	private static final String NO_LINE_START = "・、。）」ーぁぃぅぇぉっゃゅょァィゥェォッャュョ";

	private LabelLines() {
	}

	/**
	 * The fewest lines: broken at spaces and after 「・」 where that needs no more lines, else of about equal width (no
	 * lone last character), none starting with 「・」 or a small kana.
	 */
	static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> greedy = greedy(text, metrics, width);
		if (greedy.size() < 2) {
			return greedy;
		}
		List<String> words = byWords(text, metrics, width);
		if (words != null && words.size() <= greedy.size()) {
			return words;
		}
		int step = Math.max(1, metrics.charWidth('あ') / 4);
		for (int narrow = metrics.stringWidth(text) / greedy.size(); narrow < width; narrow += step) {
			List<String> balanced = greedy(text, metrics, narrow);
			if (balanced.size() == greedy.size()) {
				return balanced;
			}
		}
		return greedy;
	}

	/** The label packed by its words (split at spaces and after 「・」); null when a word alone is too wide. */
	private static List<String> byWords(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : text.split("(?<=・)|\\s+")) {
			String joined = line.isEmpty() ? word : line + (line.endsWith("・") ? "" : " ") + word;
			if (metrics.stringWidth(joined) <= width) {
				line = joined;
			}
			else if (metrics.stringWidth(word) <= width && !line.isEmpty()) {
				lines.add(line);
				line = word;
			}
			else {
				return null;
			}
		}
		lines.add(line);
		return lines.size() > 1 ? lines : null;
	}

	private static List<String> greedy(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		String rest = text;
		while (!rest.isEmpty()) {
			int end = rest.length();
			while (end > 1 && metrics.stringWidth(rest.substring(0, end)) > width) {
				end--;
			}
			if (end < rest.length() && NO_LINE_START.indexOf(rest.charAt(end)) >= 0
					&& metrics.stringWidth(rest.substring(0, end + 1)) <= width + metrics.charWidth('あ') / 2) {
				end++; // hangs the 「・」 or small kana at the end of the line, as signs do
			}
			while (end > 1 && end < rest.length() && NO_LINE_START.indexOf(rest.charAt(end)) >= 0) {
				end--;
			}
			if (end < rest.length()) {
				int soft = Math.max(rest.lastIndexOf(' ', end), rest.lastIndexOf('・', end - 1) + 1);
				end = soft > end / 2 ? soft : end;
			}
			lines.add(rest.substring(0, end).strip());
			rest = rest.substring(end).strip();
		}
		return lines;
	}
}
