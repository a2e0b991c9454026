package jp.chigasaki.kyodo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken knowledge file is caught with the right file and line (fixtures under knowledge/). */
class KnowledgeBaseTests {

	private static final Path FIXTURES = Path.of("src/test/resources/knowledge");

	@TempDir
	Path root;

	Path faq;

	Path intents;

	@BeforeEach
	void copyValidFixture() throws IOException {
		faq = root.resolve("faq");
		intents = root.resolve("intents");
		copyTree(FIXTURES.resolve("valid/faq"), faq);
		copyTree(FIXTURES.resolve("valid/intents"), intents);
	}

	@Test
	void loadsTheValidFixture() {
		KnowledgeBase base = KnowledgeBase.load(faq, intents);
		assertThat(base.faqs()).extracting(FaqEntry::id).containsExactly("kyodo-what", "kyodo-abolished");
		assertThat(base.faq("kyodo-what")).get()
			.satisfies(f -> assertThat(f.location()).isEqualTo(new Location("faq/basics.yaml", 2)))
			.satisfies(f -> assertThat(f.phrasings()).hasSize(3));
		assertThat(base.department("kyodo")).get().extracting(Department::phone).isEqualTo("0467-81-7126");
		assertThat(base.menu()).extracting(MenuItem::id).containsExactly("menu-kyosai");
		assertThat(base.intents()).hasSize(7);
		assertThat(base.synonyms().get(0).canonical()).isEqualTo("協働");
		assertThat(base.userDictionary()).contains("市民自治推進課,市民 自治 推進 課");
		assertThat(base.summary()).startsWith("2 FAQ entries, 1 departments, 1 menu items, 7 intents (105 examples)");
	}

	@Test
	void joinsTheEnglishGlossaryToTheSynonymGroupOfItsJapaneseTerm() throws IOException {
		Files.writeString(faq.resolve("english.yaml"), """
				glossary:
				  - [共同, collaboration, partnership]
				  - [後援, endorsement, patronage]
				""");

		KnowledgeBase base = KnowledgeBase.load(faq, intents);

		assertThat(base.synonyms()).extracting(SynonymGroup::words)
			.containsExactly(List.of("協働", "共同", "協同", "collaboration", "partnership"),
					List.of("後援", "endorsement", "patronage"));
		assertThat(base.synonyms().get(1).location()).isEqualTo(new Location("faq/english.yaml", 3));
	}

	@Test
	void refusesAnEnglishWordThatAlreadyMapsOntoAnotherTerm() throws IOException {
		Files.writeString(faq.resolve("english.yaml"), """
				glossary:
				  - [後援, support]
				  - [支援, support, help]
				""");

		assertThat(problems())
			.containsExactly("faq/english.yaml:3: 'support' is already in the group at faq/english.yaml:2");
	}

	@Test
	void comparesEnglishWordsAsTheAnalyzerReadsThem() throws IOException {
		Files.writeString(faq.resolve("english.yaml"), """
				glossary:
				  - [後援, Support]
				  - [支援, ｓｕｐｐｏｒｔ, help]
				""");

		assertThat(problems())
			.containsExactly("faq/english.yaml:3: 'ｓｕｐｐｏｒｔ' is already in the group at faq/english.yaml:2");
	}

	@Test
	void staffSeesMemberEntriesButMembersDoNotSeeStaffEntries() {
		FaqEntry staffOnly = new FaqEntry("s", "q", List.of(), "a", java.util.Set.of(Audience.STAFF), "c", "d",
				List.of(), List.of(), null, false, null);
		KnowledgeBase base = KnowledgeBase.load(faq, intents);
		assertThat(base.faq("kyodo-abolished").get().visibleTo(Audience.STAFF)).isTrue();
		assertThat(staffOnly.visibleTo(Audience.MEMBER)).isFalse();
		assertThat(staffOnly.visibleTo(Audience.STAFF)).isTrue();
	}

	@Test
	void namesFileLineAndEntryForAnUnknownDepartment() {
		assertThat(problemsWith("unknown-department.yaml"))
			.containsExactly("faq/unknown-department.yaml:2: unknown department 'foo' in entry 'abc'");
	}

	@Test
	void rejectsUnknownKeys() {
		assertThat(problemsWith("unknown-key.yaml")).singleElement()
			.asString()
			.startsWith("faq/unknown-key.yaml:5: unknown key 'answr' in an FAQ entry");
	}

	@Test
	void rejectsDuplicateIdsAcrossFiles() {
		assertThat(problemsWith("duplicate-id.yaml"))
			.containsExactly("faq/duplicate-id.yaml:2: duplicate entry id 'kyodo-what' (first at faq/basics.yaml:2)");
	}

	@Test
	void reportsMissingAndEmptyRequiredFields() {
		assertThat(problemsWith("missing-answer.yaml")).containsExactly(
				"faq/missing-answer.yaml:2: missing required key 'answer' in an FAQ entry",
				"faq/missing-answer.yaml:11: 'question' in an FAQ entry is empty");
	}

	@Test
	void reportsUnknownRelatedEntriesAndSources() {
		assertThat(problemsWith("unknown-related.yaml")).containsExactly(
				"faq/unknown-related.yaml:2: unknown related entry 'no-such-entry' in entry 'with-related'",
				"faq/unknown-related.yaml:2: unknown source 'S99' in entry 'with-related'");
	}

	@Test
	void reportsTooFewPhrasingsBadAudienceAndBadDate() {
		assertThat(problemsWith("few-phrasings.yaml")).containsExactly(
				"faq/few-phrasings.yaml:4: 'phrasings' in an FAQ entry needs at least 3 item(s), found 2",
				"faq/few-phrasings.yaml:8: unknown audience 'visitor' (member or staff) in entry 'too-few'",
				"faq/few-phrasings.yaml:12: 'reviewed' in an FAQ entry must be a date YYYY-MM-DD, found '2026-13-40'");
	}

	@Test
	void reportsAnswersLongerThanLineAllows() throws IOException {
		String answer = "あ".repeat(5001);
		Files.writeString(faq.resolve("long.yaml"), """
				entries:
				  - id: long-answer
				    question: 長い回答
				    phrasings: [長い, ながい, 長文]
				    answer: %s
				    audience: [member]
				    category: テスト
				    department: kyodo
				    sources: [S1]
				    reviewed: 2026-11-29
				""".formatted(answer));
		assertThat(problems()).containsExactly(
				"faq/long.yaml:5: answer has 5001 characters, LINE allows 5000 in entry 'long-answer'");
	}

	@Test
	void readsAnEnglishTitleAndRefusesOneInJapaneseOrTooLongWithItsLine() throws IOException {
		String entry = """
				  - id: %s
				    question: 共催とは何ですか？
				    phrasings: [共催って何, きょうさい, 共催 とは]
				    answer: 共催は、団体と市が一緒に主催することです。
				    audience: [member]
				    category: テスト
				    department: kyodo
				    sources: [S1]
				    reviewed: 2026-11-29
				    english: %s
				""";
		Files.writeString(faq.resolve("english-titles.yaml"), "entries:\n"
				+ entry.formatted("titled", "\"What does 'co-hosting' (kyosai) mean?\"")
				+ entry.formatted("in-japanese", "共催とは何ですか")
				+ entry.formatted("too-long", "A".repeat(81)));
		assertThat(problems()).containsExactly(
				"faq/english-titles.yaml:21: english must be one line of printable ASCII (no kana, kanji, full-width"
						+ " letters or typographic quotes) in entry 'in-japanese'",
				"faq/english-titles.yaml:31: english has 81 characters, at most 80 in entry 'too-long'");

		Files.delete(faq.resolve("english-titles.yaml"));
		Files.writeString(faq.resolve("english-titles.yaml"), "entries:\n"
				+ entry.formatted("titled", "\"What does 'co-hosting' (kyosai) mean?\""));
		KnowledgeBase base = KnowledgeBase.load(faq, intents);
		assertThat(base.faq("titled")).get().extracting(FaqEntry::english)
			.isEqualTo("What does 'co-hosting' (kyosai) mean?");
		assertThat(base.faq("kyodo-what")).get().extracting(FaqEntry::english).isNull();
	}

	@Test
	void reportsInvalidUtf8WithItsLine() {
		assertThat(problemsWith("not-utf8.yaml"))
			.containsExactly("faq/not-utf8.yaml:3: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
	}

	@Test
	void reportsYamlSyntaxErrorsWithTheirLine() {
		assertThat(problemsWith("not-yaml.yaml")).singleElement().asString().startsWith("faq/not-yaml.yaml:4: not valid YAML");
	}

	@Test
	void requiresFifteenExamplesPerIntent() throws IOException {
		Files.copy(FIXTURES.resolve("broken/few-examples-intent.yaml"), intents.resolve("greeting.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(problems()).containsExactly(
				"intents/greeting.yaml:3: 'examples' in the intent needs at least 15 item(s), found 3");
	}

	@Test
	void reportsAMissingIntentAndAMissingRequiredFile() throws IOException {
		Files.delete(intents.resolve("thanks.yaml"));
		Files.delete(faq.resolve("menu.yaml"));
		assertThat(problems()).containsExactlyInAnyOrder("faq/menu.yaml:1: required file is missing",
				"intents/thanks.yaml:1: intent 'thanks' is missing; the bot needs it");
	}

	@Test
	void reportsEveryProblemAtOnce() throws IOException {
		Files.copy(FIXTURES.resolve("broken/unknown-department.yaml"), faq.resolve("a.yaml"));
		Files.copy(FIXTURES.resolve("broken/unknown-related.yaml"), faq.resolve("b.yaml"));
		assertThat(problems()).hasSize(3);
	}

	private List<String> problemsWith(String brokenFixture) {
		try {
			Files.copy(FIXTURES.resolve("broken").resolve(brokenFixture), faq.resolve(brokenFixture));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return problems();
	}

	private List<String> problems() {
		return assertThatThrownBy(() -> KnowledgeBase.load(faq, intents)).isInstanceOf(KnowledgeException.class)
			.actual() instanceof KnowledgeException ex ? ex.problems().stream().map(Object::toString).toList()
					: List.of();
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}
}
