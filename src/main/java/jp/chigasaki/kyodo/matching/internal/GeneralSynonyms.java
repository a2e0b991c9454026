package jp.chigasaki.kyodo.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

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

	/** Separates the words of a group in {@link #groups}; no word contains it. */
	private static final char SEPARATOR = '\t';
	/**
	 * The longest word {@link #writtenIn} looks for: longer ones are mostly names of companies and institutions, and
	 * each extra character costs a look-up at every position of every question.
	 */
	private static final int LONGEST_WRITTEN = 10;

	/** The words of each group (target-only spellings included), NFKC case-folded and joined by {@link #SEPARATOR}. */
	private final String[] groups;
	/**
	 * The spellings that trigger a group (not marked target-only), each mapped to its ordinal k: its groups are
	 * {@code triggered[starts[k]]} to {@code triggered[starts[k + 1] - 1]}. An FST (Lucene's) rather than a hash map
	 * of 67,000 strings: the dictionary is held once per JVM, for every question.
	 */
	private final FST<Long> triggers;
	private final int[] starts;
	private final int[] triggered;

	private GeneralSynonyms(BufferedReader lines) throws IOException {
		List<String> joined = new ArrayList<>();
		// Read into a sorted map first: the FST takes its inputs in order (UTF-8 byte order is code point order).
		TreeMap<BytesRef, List<Integer>> byWord = new TreeMap<>();
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			StringBuilder words = new StringBuilder();
			for (String lexeme : line.split("/")) {
				for (String spelling : lexeme.split(",")) {
					boolean targetOnly = spelling.startsWith("~");
					String word = NFKC.normalize(targetOnly ? spelling.substring(1) : spelling);
					words.append(words.isEmpty() ? "" : String.valueOf(SEPARATOR)).append(word);
					if (!targetOnly) {
						byWord.computeIfAbsent(new BytesRef(word), w -> new ArrayList<>()).add(joined.size());
					}
				}
			}
			joined.add(words.toString());
		}
		this.groups = joined.toArray(String[]::new);
		this.starts = new int[byWord.size() + 1];
		this.triggered = new int[byWord.values().stream().mapToInt(List::size).sum()];
		FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton())
			.build();
		IntsRefBuilder scratch = new IntsRefBuilder();
		int ordinal = 0;
		int next = 0;
		for (Map.Entry<BytesRef, List<Integer>> word : byWord.entrySet()) {
			compiler.add(Util.toIntsRef(word.getKey(), scratch), (long) ordinal);
			starts[ordinal] = next;
			for (int group : word.getValue()) {
				triggered[next++] = group;
			}
			ordinal++;
		}
		starts[ordinal] = next;
		this.triggers = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
	}

	/** The ordinal of a trigger spelling, or -1. */
	private int ordinal(String word) {
		try {
			Long found = Util.get(triggers, new BytesRef(word));
			return found == null ? -1 : found.intValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The trigger words written in {@code text} (NFKC case-folded), longest first from left to right, that are at
	 * least two characters long and not Latin letters alone: where Kuromoji cuts a word into pieces that are not its
	 * parts (特定健診 → 特定 / 健 / 診る, 申しこみ → 申す / こむ), the word is still found as written.
	 */
	List<String> writtenIn(String text) {
		String folded = NFKC.normalize(text);
		// The text's UTF-8 bytes once, with where each character starts: the FST is walked byte by byte from each
		// position, so one walk finds every trigger word starting there.
		byte[] utf8 = folded.getBytes(StandardCharsets.UTF_8);
		int[] charStart = new int[folded.length() + 1];
		for (int i = 0, b = 0; i <= folded.length(); i++) {
			charStart[i] = b;
			if (i < folded.length()) {
				char c = folded.charAt(i);
				b += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
			}
		}
		List<String> found = new ArrayList<>();
		FST.BytesReader reader = triggers.getBytesReader();
		FST.Arc<Long> arc = new FST.Arc<>();
		try {
			int i = 0;
			while (i < folded.length()) {
				int longest = -1;
				int limit = Math.min(folded.length(), i + LONGEST_WRITTEN);
				triggers.getFirstArc(arc);
				for (int b = charStart[i], end = i; b < charStart[limit]; b++) {
					if (triggers.findTargetArc(utf8[b] & 0xFF, arc, arc, reader) == null) {
						break;
					}
					while (end < limit && charStart[end + 1] <= b + 1) {
						end++;
					}
					if (charStart[end] == b + 1 && end - i >= 2 && arc.isFinal()) {
						longest = end;
					}
				}
				if (longest > 0 && !LATIN.matcher(folded.substring(i, longest)).matches()) {
					found.add(folded.substring(i, longest));
					i = longest;
				}
				else {
					i++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	static GeneralSynonyms get() {
		return Holder.INSTANCE;
	}

	/** The other words of every group {@code word} (a base form, NFKC case-folded) triggers, in file order. */
	Set<String> of(String word) {
		int ordinal = ordinal(word);
		if (ordinal < 0) {
			return Set.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (int i = starts[ordinal]; i < starts[ordinal + 1]; i++) {
			for (String other : groups[triggered[i]].split(String.valueOf(SEPARATOR))) {
				if (!other.equals(word)) {
					words.add(other);
				}
			}
		}
		return words;
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
