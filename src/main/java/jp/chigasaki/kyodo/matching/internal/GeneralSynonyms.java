package jp.chigasaki.kyodo.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;

/**
 * General Japanese synonyms: SudachiDict's synonym dictionary ({@code lexicon/sudachi-synonyms.txt}, written by
 * {@code scripts/sudachi-synonyms.py}), about 26,000 groups such as 転居 / 引っ越し / 転宅 and 補助金 / 助成金 / 交付金. The
 * knowledge's own synonym groups ({@code faq/synonyms.yaml}) know our topics; these know ordinary Japanese, which a
 * foreign FAQ and its askers write in different words (docs/matching.md). Read once per JVM: it is the same for
 * every knowledge.
 */
final class GeneralSynonyms {

	static final String RESOURCE = "/lexicon/sudachi-synonyms.txt";

	private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
	private static final Pattern LATIN = Pattern.compile("[\\p{ASCII}]+");

	/** The words of each group, target-only spellings included. */
	private final List<String[]> groups = new ArrayList<>();
	/** The groups a word triggers (a spelling not marked target-only), by its NFKC case-folded form. */
	private final Map<String, int[]> triggers = new HashMap<>();
	/**
	 * The longest word {@link #writtenIn} looks for: longer ones are mostly names of companies and institutions, and
	 * each extra character costs a look-up at every position of every question.
	 */
	private static final int LONGEST_WRITTEN = 10;

	private GeneralSynonyms(BufferedReader lines) throws IOException {
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> words = new ArrayList<>();
			List<String> triggering = new ArrayList<>();
			for (String lexeme : line.split("/")) {
				for (String spelling : lexeme.split(",")) {
					boolean targetOnly = spelling.startsWith("~");
					String word = NFKC.normalize(targetOnly ? spelling.substring(1) : spelling);
					words.add(word);
					if (!targetOnly) {
						triggering.add(word);
					}
				}
			}
			int group = groups.size();
			groups.add(words.toArray(String[]::new));
			for (String word : triggering) {
				triggers.merge(word, new int[] { group }, GeneralSynonyms::append);
			}
		}
	}

	/**
	 * The trigger words written in {@code text} (NFKC case-folded), longest first from left to right, that are at
	 * least two characters long and not Latin letters alone: where Kuromoji cuts a word into pieces that are not its
	 * parts (特定健診 → 特定 / 健 / 診る, 申しこみ → 申す / こむ), the word is still found as written.
	 */
	List<String> writtenIn(String text) {
		String folded = NFKC.normalize(text);
		List<String> found = new ArrayList<>();
		int i = 0;
		while (i < folded.length()) {
			int next = i + 1;
			for (int end = Math.min(folded.length(), i + LONGEST_WRITTEN); end >= i + 2; end--) {
				String word = folded.substring(i, end);
				if (triggers.containsKey(word) && !LATIN.matcher(word).matches()) {
					found.add(word);
					next = end;
					break;
				}
			}
			i = next;
		}
		return found;
	}

	static GeneralSynonyms get() {
		return Holder.INSTANCE;
	}

	/** The other words of every group {@code word} (a base form, NFKC case-folded) triggers, in file order. */
	Set<String> of(String word) {
		int[] found = triggers.get(word);
		if (found == null) {
			return Set.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (int group : found) {
			for (String other : groups.get(group)) {
				if (!other.equals(word)) {
					words.add(other);
				}
			}
		}
		return words;
	}

	private static int[] append(int[] a, int[] b) {
		int[] joined = new int[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

	private static final class Holder {

		static final GeneralSynonyms INSTANCE = load();

		private static GeneralSynonyms load() {
			try (InputStream in = GeneralSynonyms.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the classpath");
				}
				return new GeneralSynonyms(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
