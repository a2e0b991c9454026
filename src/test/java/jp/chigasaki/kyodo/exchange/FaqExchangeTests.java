package jp.chigasaki.kyodo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * The real {@code faq/} goes out as a CSV table and comes back as drafts, in UTF-8 and in Shift_JIS; a city table with
 * Japanese headers is read, known questions are skipped, nothing is overwritten, and the review sheet marks what is
 * due.
 */
class FaqExchangeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final Path INTENTS = Path.of("intents");

	@TempDir
	Path root;

	KnowledgeBase real;

	/** The real directory, sources and menu, without any FAQ entry: every exported question is new there. */
	Path empty;

	@BeforeEach
	void load() throws IOException {
		real = KnowledgeBase.load(Path.of("faq"), INTENTS);
		empty = root.resolve("empty/faq");
		Files.createDirectories(empty);
		for (String fixed : List.of("departments.yaml", "sources.yaml", "menu.yaml", "synonyms.yaml", "userdict.txt")) {
			Files.copy(Path.of("faq", fixed), empty.resolve(fixed));
		}
	}

	@Test
	void theRealFaqRoundTripsThroughACsvTableInUtf8() throws IOException {
		roundTrip(StandardCharsets.UTF_8, "UTF-8");
	}

	@Test
	void theRealFaqRoundTripsThroughACsvTableInShiftJis() throws IOException {
		roundTrip(Charset.forName("windows-31j"), "windows-31j");
	}

	private void roundTrip(Charset charset, String detected) throws IOException {
		Path table = root.resolve("city-export.csv");
		FaqExport.csv(real, table, charset);

		FaqImport.Report report = FaqImport.run(table, null, empty, INTENTS, root.resolve("drafts"), TODAY);

		assertThat(report.charset()).isEqualTo(detected);
		assertThat(report.notes()).isEmpty();
		List<Map<String, Object>> drafts = drafts(report.written());
		assertThat(drafts).hasSize(real.faqs().size());
		for (int i = 0; i < drafts.size(); i++) {
			FaqEntry original = real.faqs().get(i);
			Map<String, Object> draft = drafts.get(i);
			assertThat(draft.get("question")).as(original.id()).isEqualTo(shiftJisForm(original.question(), charset));
			assertThat(((String) draft.get("answer")).strip()).as(original.id())
				.isEqualTo(shiftJisForm(original.answer().strip(), charset));
			assertThat(draft.get("category")).as(original.id()).isEqualTo(original.category());
			assertThat(draft.get("department")).as(original.id()).isEqualTo(original.departmentId());
		}
		assertThat(report.problems()).isNotEmpty()
			.allSatisfy(p -> assertThat(p.file()).isEqualTo(report.written().toString()))
			.allSatisfy(p -> assertThat(p.message()).containsAnyOf("'phrasings'", "is not among the facts"));
	}

	@Test
	void readsATsvTableWithJapaneseHeadersInShiftJisAndSkipsQuestionsAlreadyThere() throws IOException {
		Path table = root.resolve("faq-2026.tsv");
		String tsv = "番号\t質問\t回答\t分類\t担当課\n"
				+ "1\t公園のベンチが壊れています\t公園緑地課へご連絡ください。\t公園\t公園緑地課\n"
				+ "2\tげんき基金っていくらまで出るの？\t（重複）\tげんき基金\t市民自治推進課 協働推進担当\n"
				+ "3\t会議室①は借りられますか\t窓口でお尋ねください。\t施設\t施設管理課\n";
		Files.write(table, tsv.getBytes(Charset.forName("windows-31j")));

		FaqImport.Report report = FaqImport.run(table, null, Path.of("faq"), INTENTS, root.resolve("drafts"), TODAY);

		assertThat(report.charset()).isEqualTo("windows-31j");
		assertThat(report.ids()).containsExactly("faq-2026-001", "faq-2026-002");
		assertThat(report.notes()).containsExactly(
				"faq-2026.tsv:3: the question is already there (genki-kikin-amount); row not imported",
				"faq-2026.tsv:4: department '施設管理課' is not in faq/departments.yaml; the draft names city-main:"
						+ " choose the right one");
		List<Map<String, Object>> drafts = drafts(report.written());
		assertThat(drafts.get(0)).containsEntry("department", "koen-ryokuchi").containsEntry("category", "公園");
		assertThat(drafts.get(1)).containsEntry("question", "会議室①は借りられますか");
		assertThat(report.problems()).extracting(Object::toString).containsExactly(
				report.written() + ":7: 'phrasings' in an FAQ entry needs at least 3 item(s), found 1",
				report.written() + ":19: 'phrasings' in an FAQ entry needs at least 3 item(s), found 1");
	}

	@Test
	void neverOverwritesDraftsOrExports() throws IOException {
		Path table = root.resolve("t.csv");
		Files.writeString(table, "question,answer\n新しい質問ですか,はい。\n");
		Path drafts = root.resolve("drafts");
		FaqImport.Report first = FaqImport.run(table, null, Path.of("faq"), INTENTS, drafts, TODAY);
		String written = Files.readString(first.written());
		Files.writeString(table, "question,answer\n別の質問ですか,いいえ。\n");

		assertThatThrownBy(() -> FaqImport.run(table, null, Path.of("faq"), INTENTS, drafts, TODAY))
			.isInstanceOf(FaqTableException.class)
			.hasMessageContaining("already exists; the import never overwrites");
		assertThat(Files.readString(first.written())).isEqualTo(written);
		assertThatThrownBy(() -> FaqExport.csv(real, first.written(), StandardCharsets.UTF_8))
			.isInstanceOf(FaqTableException.class)
			.hasMessageContaining("export never overwrites");
	}

	@Test
	void aTableWithoutQuestionOrAnswerColumnsIsRefusedWithItsHeader() throws IOException {
		Path table = root.resolve("bad.csv");
		Files.writeString(table, "title,body\nx,y\n");
		assertThatThrownBy(() -> FaqImport.run(table, null, Path.of("faq"), INTENTS, root.resolve("d"), TODAY))
			.isInstanceOf(FaqTableException.class)
			.hasMessageStartingWith(table + ":1: the header needs a 'question' column");
		assertThat(root.resolve("d")).doesNotExist();
	}

	@Test
	void shiftJisExportNamesTheCharacterItCannotHoldAndWritesNothing() throws IOException {
		Path faq = root.resolve("emoji/faq");
		Files.createDirectories(faq);
		try (Stream<Path> files = Files.list(Path.of("faq"))) {
			for (Path file : files.toList()) {
				Files.copy(file, faq.resolve(file.getFileName()));
			}
		}
		Path basics = faq.resolve("kyodo-basics.yaml");
		Files.writeString(basics, Files.readString(basics).replace("茅ヶ崎市では、市民活動推進条例", "茅ヶ崎市🌊では、市民活動推進条例"));
		KnowledgeBase base = KnowledgeBase.load(faq, INTENTS);
		Path out = root.resolve("sjis.csv");

		assertThatThrownBy(() -> FaqExport.csv(base, out, Charset.forName("windows-31j")))
			.isInstanceOf(FaqTableException.class)
			.hasMessageContaining("'🌊' (U+1F30A) cannot be written in windows-31j");
		assertThat(out).doesNotExist();
	}

	@Test
	void theReviewSheetGroupsByDepartmentAndMarksWhatIsDue() throws IOException {
		Path out = root.resolve("review.html");
		FaqExport.html(real, out, TODAY, 365);

		String html = Files.readString(out);
		assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script")
			.contains("<h2>市民自治推進課 協働推進担当（", "genki-kikin-amount", "要確認（期限切れ）", "編集メモ：",
					"確認者：", "できることメニュー：共催");
		assertThat(html.indexOf("genki-kikin-amount")).isGreaterThan(html.indexOf("<h2>市民自治推進課 協働推進担当"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> drafts(Path file) throws IOException {
		Map<String, Object> yaml = new Yaml().load(Files.readString(file));
		return (List<Map<String, Object>>) yaml.get("entries");
	}

	private static String shiftJisForm(String text, Charset charset) {
		return charset.equals(StandardCharsets.UTF_8) ? text : FaqExport.shiftJisForms(text);
	}
}
