package jp.chigasaki.kyodo.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.chigasaki.kyodo.exchange.internal.DepartmentMatcher;
import jp.chigasaki.kyodo.exchange.internal.DraftValidation;
import jp.chigasaki.kyodo.exchange.internal.DraftWriter;
import jp.chigasaki.kyodo.exchange.internal.DraftWriter.Draft;
import jp.chigasaki.kyodo.exchange.internal.TableReader;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * Turns a city FAQ table into one new YAML file of drafts. Questions already in {@code faq/} (or twice in the table)
 * are skipped, ids never collide with existing ones, departments are matched to the directory (the switchboard and a
 * note when a name matches none), and the drafts are validated together with the current files. Nothing existing is
 * ever overwritten: an existing drafts file is a refusal.
 */
public final class FaqImport {

	/** Where the drafts went and what the editor has to look at. */
	public record Report(Path written, String charset, List<String> ids, List<String> notes,
			List<KnowledgeProblem> problems, String sourceItem) {
	}

	private FaqImport() {
	}

	/**
	 * @param charset the table's encoding, or null to detect UTF-8 or Shift_JIS
	 * @throws FaqTableException when the table cannot be read or the drafts file exists
	 */
	public static Report run(Path table, Charset charset, Path faqDir, Path intentsDir, Path outDir, LocalDate today) {
		KnowledgeBase base = KnowledgeBase.load(faqDir, intentsDir);
		TableReader.Table read = TableReader.read(table, charset);
		String slug = slug(table);
		Path out = outDir.resolve(slug + ".yaml");
		if (Files.exists(out)) {
			throw new FaqTableException(out + ":1: already exists; the import never overwrites: move or remove it first");
		}
		String sourceId = "import-" + slug;
		List<String> notes = new ArrayList<>();
		List<Draft> drafts = drafts(base, read.rows(), slug, table.getFileName().toString(), notes);
		String yaml = DraftWriter.yaml(table.getFileName().toString(), drafts, sourceId, today);
		String sourceItem = DraftWriter.source(sourceId, table.getFileName().toString(), today);
		List<KnowledgeProblem> problems = DraftValidation.problems(faqDir, intentsDir, out, yaml, sourceItem);
		write(outDir, out, yaml);
		return new Report(out, read.charset().name(), drafts.stream().map(Draft::id).toList(), notes, problems,
				sourceItem);
	}

	private static List<Draft> drafts(KnowledgeBase base, List<TableReader.Row> rows, String slug, String tableName,
			List<String> notes) {
		Map<String, String> known = new HashMap<>();
		for (FaqEntry faq : base.faqs()) {
			known.putIfAbsent(same(faq.question()), faq.id());
			faq.phrasings().forEach(p -> known.putIfAbsent(same(p), faq.id()));
		}
		Set<String> ids = new HashSet<>();
		base.faqs().forEach(f -> ids.add(f.id()));
		base.menu().forEach(m -> ids.add(m.id()));
		DepartmentMatcher matcher = new DepartmentMatcher(base.departments());
		String fallback = base.department("city-main").isPresent() ? "city-main" : base.departments().get(0).id();
		List<Draft> drafts = new ArrayList<>();
		for (TableReader.Row row : rows) {
			String at = tableName + ":" + row.line() + ": ";
			if (row.question().isEmpty() || row.answer().isEmpty()) {
				notes.add(at + "no question or no answer; row not imported");
				continue;
			}
			String existing = known.putIfAbsent(same(row.question()), "row " + row.line());
			if (existing != null) {
				notes.add(at + "the question is already there (" + existing + "); row not imported");
				continue;
			}
			String department = matcher.match(row.department()).orElse(null);
			if (department == null) {
				List<String> near = matcher.candidates(row.department());
				notes.add(at + "department '" + row.department() + "' "
						+ (near.isEmpty() ? "is not in faq/departments.yaml" : "could be " + String.join(" or ", near))
						+ "; the draft names " + fallback + ": choose the right one");
				department = fallback;
			}
			String id = uniqueId(ids, slug + "-" + "%03d".formatted(drafts.size() + 1));
			String category = row.category().isEmpty() ? "取り込み" : row.category();
			drafts.add(new Draft(id, row.question(), row.answer(), category, department));
		}
		return drafts;
	}

	private static String uniqueId(Set<String> ids, String wanted) {
		String id = wanted;
		for (int n = 2; ids.contains(id); n++) {
			id = wanted + "-" + n;
		}
		ids.add(id);
		return id;
	}

	/** Two questions are the same when they differ only in width, spaces and closing punctuation. */
	private static String same(String question) {
		return java.text.Normalizer.normalize(question, java.text.Normalizer.Form.NFKC)
			.replaceAll("[\\s?？。!！]", "")
			.toLowerCase(Locale.ROOT);
	}

	/** The table's file name in ids: ASCII letters and digits, or "import" when there are none. */
	static String slug(Path table) {
		String name = table.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
		String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "import" : slug;
	}

	private static void write(Path outDir, Path out, String yaml) {
		try {
			Files.createDirectories(outDir);
			Files.writeString(out, yaml, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
