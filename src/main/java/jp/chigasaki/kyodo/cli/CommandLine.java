package jp.chigasaki.kyodo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words after the command: {@code --flag}, {@code --option value} and positional arguments. */
final class CommandLine {

	private final List<String> words;

	CommandLine(List<String> words) {
		this.words = List.copyOf(words);
	}

	boolean flag(String name) {
		return words.contains(name);
	}

	String option(String name, String fallback) {
		int at = words.indexOf(name);
		if (at < 0) {
			return fallback;
		}
		if (at + 1 >= words.size() || words.get(at + 1).startsWith("--")) {
			throw new UsageException(name + " needs a value");
		}
		return words.get(at + 1);
	}

	/** Words that are neither flags nor option values; {@code valued} names the options that take a value. */
	List<String> positional(Set<String> valued) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (valued.contains(word)) {
				i++;
			}
			else if (!word.startsWith("--")) {
				result.add(word);
			}
		}
		return result;
	}

	/** Rejects options the command does not know, so that a typo is not silently ignored. */
	void allow(Set<String> known) {
		for (String word : words) {
			if (word.startsWith("--") && !known.contains(word)) {
				throw new UsageException("unknown option " + word);
			}
		}
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}
	}
}
