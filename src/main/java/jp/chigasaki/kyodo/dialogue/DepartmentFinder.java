package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;
import jp.chigasaki.kyodo.matching.Band;

/**
 * Which departments a question is about: the department of the engine's best candidate when the engine is sure, then
 * the departments whose topics ({@code handles}, {@code keywords}, name) appear in the question, the longest matches
 * first (「防災訓練」 says more than 「協働」, which nearly every question contains). Synonyms from the knowledge files
 * count as their canonical form. Never the writer's own department ({@link Context#askersDepartment}).
 */
final class DepartmentFinder {

	private static final int MAX = 2;

	private static final int SHORTEST_TOPIC = 2;

	private DepartmentFinder() {
	}

	static List<Department> find(Context context) {
		return find(context, context.classification().band() == Band.ANSWER);
	}

	/**
	 * The departments whose topics the question's own words name, whatever entry the engine is sure of (the greenery
	 * office's entry on volunteering, sure of 「ボランティアをしたいです」, names no field the words do).
	 */
	static List<Department> named(Context context) {
		return find(context, false);
	}

	/**
	 * A field in the asker's words just before its office or staff (「防災の担当の方」「交通安全の担当課」): the group
	 * {@code field}, for {@link #namedBy}.
	 */
	static final String FIELD = "(?<field>[^、,。．.！!？?\\s]{2,12}?)";

	/** The departments whose topics these words of the question name (「防災の担当の方」 → 防災), as {@link #named}. */
	static List<Department> namedBy(Context context, String words) {
		return named(context.asking(words, Context.NOTHING));
	}

	private static List<Department> find(Context context, boolean withBestEntry) {
		Set<Department> found = new LinkedHashSet<>();
		if (withBestEntry) {
			context.candidates().stream().findFirst().flatMap(top -> departmentOf(context, top.faqId()))
				.ifPresent(found::add);
		}
		Read question = new Read(withCanonicalForms(SafeText.fold(context.question()), context.knowledge().synonyms()));
		context.knowledge().departments().stream()
			.filter(d -> !d.id().equals(context.properties().switchboardDepartment()))
			.map(d -> new Scored(d, score(d, question)))
			.filter(scored -> scored.score() > 0)
			.sorted(Comparator.comparingInt(Scored::score).reversed())
			.forEach(scored -> found.add(scored.department()));
		// The writer's own department (「防災対策課です。…」) is not where they are sent.
		found.removeIf(department -> department.id().equals(context.askersDepartment()));
		return new ArrayList<>(found).subList(0, Math.min(MAX, found.size()));
	}

	static java.util.Optional<Department> departmentOf(Context context, String id) {
		KnowledgeBase knowledge = context.knowledge();
		String departmentId = context.visibleFaq(id).map(f -> f.departmentId())
			.or(() -> knowledge.menuItem(id).map(m -> m.departmentId()))
			.orElse(null);
		return context.department(departmentId);
	}

	/**
	 * The question with the canonical form of every synonym group it uses appended, so that 「ぼうさい」 or 「町内会」
	 * find the department whose topics say 防災 or 自治会.
	 */
	static String withCanonicalForms(String foldedQuestion, List<SynonymGroup> synonyms) {
		Read question = new Read(foldedQuestion);
		StringBuilder text = new StringBuilder(foldedQuestion);
		for (SynonymGroup group : synonyms) {
			boolean used = group.words().stream().map(SafeText::fold)
				.anyMatch(word -> word.length() >= SHORTEST_TOPIC && question.uses(word));
			if (used) {
				text.append(' ').append(SafeText.fold(group.canonical()));
			}
		}
		return text.toString();
	}

	/** Sum of the lengths of the distinct topic words found in the question. */
	private static int score(Department department, Read question) {
		return topics(department).filter(question::uses).mapToInt(String::length).sum();
	}

	private static Stream<String> topics(Department department) {
		return Stream.of(department.handles(), department.keywords(), List.of(department.name()))
			.filter(list -> list != null)
			.flatMap(List::stream)
			.flatMap(topic -> Stream.of(topic.split("[・、,，/（）()\\s]+")))
			.map(SafeText::fold)
			.filter(word -> word.length() >= SHORTEST_TOPIC)
			.distinct();
	}

	private record Scored(Department department, int score) {
	}

	/**
	 * A folded question as the lookup reads it, its Latin words split out once: a Latin word is used only as a whole
	 * word, plural allowed ("support" does not use "port", which the glossary maps to 漁港; "npos" uses "npo"); a
	 * Japanese word anywhere (the text has no spaces to mark words).
	 */
	record Read(String folded, String latinWords) {

		private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}0-9 .'&-]+");
		private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

		Read(String folded) {
			this(folded, " " + NOT_A_LETTER.matcher(folded).replaceAll(" ") + " ");
		}

		/** @param word folded, like the question */
		boolean uses(String word) {
			if (!LATIN.matcher(word).matches()) {
				return folded.contains(word);
			}
			String whole = " " + NOT_A_LETTER.matcher(word).replaceAll(" ").strip();
			return latinWords.contains(whole + " ") || latinWords.contains(whole + "s ")
					|| latinWords.contains(whole + "es ");
		}
	}
}
