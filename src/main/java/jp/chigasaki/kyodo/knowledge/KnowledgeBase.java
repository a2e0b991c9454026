package jp.chigasaki.kyodo.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable snapshot of everything under {@code faq/} and {@code intents/}, validated. A reload builds a new
 * snapshot; readers keep the one they started with.
 */
public final class KnowledgeBase {

	private final List<FaqEntry> faqs;
	private final List<Department> departments;
	private final List<MenuItem> menu;
	private final List<Intent> intents;
	private final List<Source> sources;
	private final List<SynonymGroup> synonyms;
	private final String userDictionary;
	private final Map<String, FaqEntry> faqById;
	private final Map<String, Department> departmentById;
	private final Map<String, MenuItem> menuById;
	private final Map<String, Intent> intentById;
	private final Map<String, Source> sourceById;

	public KnowledgeBase(List<FaqEntry> faqs, List<Department> departments, List<MenuItem> menu, List<Intent> intents,
			List<Source> sources, List<SynonymGroup> synonyms, String userDictionary) {
		this.faqs = List.copyOf(faqs);
		this.departments = List.copyOf(departments);
		this.menu = List.copyOf(menu);
		this.intents = List.copyOf(intents);
		this.sources = List.copyOf(sources);
		this.synonyms = List.copyOf(synonyms);
		this.userDictionary = userDictionary == null ? "" : userDictionary;
		this.faqById = index(this.faqs, FaqEntry::id);
		this.departmentById = index(this.departments, Department::id);
		this.menuById = index(this.menu, MenuItem::id);
		this.intentById = index(this.intents, Intent::id);
		this.sourceById = index(this.sources, Source::id);
	}

	public List<FaqEntry> faqs() {
		return faqs;
	}

	public List<Department> departments() {
		return departments;
	}

	public List<MenuItem> menu() {
		return menu;
	}

	public List<Intent> intents() {
		return intents;
	}

	public List<Source> sources() {
		return sources;
	}

	public List<SynonymGroup> synonyms() {
		return synonyms;
	}

	/** Kuromoji user dictionary text (CSV lines), empty when there is none. */
	public String userDictionary() {
		return userDictionary;
	}

	/** Loads and validates both folders; throws {@link KnowledgeException} listing every problem found. */
	public static KnowledgeBase load(Path faqDir, Path intentsDir) {
		return new jp.chigasaki.kyodo.knowledge.internal.KnowledgeLoader(faqDir, intentsDir).load();
	}

	public Optional<FaqEntry> faq(String id) {
		return Optional.ofNullable(faqById.get(id));
	}

	public Optional<Department> department(String id) {
		return Optional.ofNullable(departmentById.get(id));
	}

	public Optional<MenuItem> menuItem(String id) {
		return Optional.ofNullable(menuById.get(id));
	}

	public Optional<Intent> intent(String id) {
		return Optional.ofNullable(intentById.get(id));
	}

	public Optional<Source> source(String id) {
		return Optional.ofNullable(sourceById.get(id));
	}

	/** One line for {@code validate}: how much is there. */
	public String summary() {
		int examples = intents.stream().mapToInt(i -> i.examples().size()).sum();
		return "%d FAQ entries, %d departments, %d menu items, %d intents (%d examples), %d synonym groups, %d sources"
			.formatted(faqs.size(), departments.size(), menu.size(), intents.size(), examples, synonyms.size(),
					sources.size());
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.putIfAbsent(id.apply(item), item));
		return Map.copyOf(map);
	}
}
