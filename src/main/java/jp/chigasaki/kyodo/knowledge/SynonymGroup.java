package jp.chigasaki.kyodo.knowledge;

import java.util.List;

/** Words people use for the same thing; the first is the canonical form. */
public record SynonymGroup(List<String> words, Location location) {

	public String canonical() {
		return words.get(0);
	}
}
