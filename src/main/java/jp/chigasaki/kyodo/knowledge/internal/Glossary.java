package jp.chigasaki.kyodo.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/**
 * The English glossary ({@code faq/english.yaml}) joined to the synonym groups: each glossary group names a Japanese
 * term first, then the English words and phrases for it. When that term is a word of a {@code synonyms.yaml} group,
 * the English words join that group (so they map onto its canonical form, as its other words do); otherwise the
 * glossary group becomes a group of its own. An English word already used elsewhere is reported at the glossary's
 * line and left out, so one word never maps onto two terms.
 */
final class Glossary {

	private Glossary() {
	}

	/** A word as the analyzer reads it (NFKC, lower case): 「Volunteer」 and 「volunteer」 are one word. */
	private static String asRead(String word) {
		return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
			.strip();
	}

	static List<SynonymGroup> join(List<SynonymGroup> synonyms, List<SynonymGroup> glossary, Problems problems) {
		List<SynonymGroup> kept = synonyms.stream().filter(Objects::nonNull).toList();
		Map<String, Integer> groupOf = new HashMap<>();
		Map<String, SynonymGroup> seenIn = new HashMap<>();
		for (int i = 0; i < kept.size(); i++) {
			for (String word : kept.get(i).words()) {
				groupOf.putIfAbsent(word, i);
				seenIn.putIfAbsent(asRead(word), kept.get(i));
			}
		}
		List<List<String>> joined = new ArrayList<>();
		kept.forEach(g -> joined.add(new ArrayList<>(g.words())));
		List<SynonymGroup> origins = new ArrayList<>(kept);
		for (SynonymGroup group : glossary) {
			if (group == null) {
				continue;
			}
			List<String> english = new ArrayList<>();
			for (String word : group.words().subList(1, group.words().size())) {
				SynonymGroup first = seenIn.putIfAbsent(asRead(word), group);
				if (first == null) {
					english.add(word);
				}
				else {
					problems.add(group.location().file(), group.location().line(), "'" + word
							+ "' is already in the group at " + first.location().file() + ":" + first.location().line());
				}
			}
			Integer target = groupOf.get(group.canonical());
			if (target == null) {
				groupOf.put(group.canonical(), joined.size());
				joined.add(new ArrayList<>(List.of(group.canonical())));
				origins.add(group);
				target = joined.size() - 1;
			}
			joined.get(target).addAll(english);
		}
		List<SynonymGroup> result = new ArrayList<>();
		for (int i = 0; i < joined.size(); i++) {
			if (joined.get(i).size() >= 2) {
				result.add(new SynonymGroup(List.copyOf(joined.get(i)), origins.get(i).location()));
			}
		}
		return result;
	}
}
