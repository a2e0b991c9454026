package jp.chigasaki.kyodo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks that keep knowledge true: contact details backed by sources, root causes only, syntax errors on the
 * line to fix, menu audiences and gaps apart from limits, editor notes apart from user notes, ageing warnings.
 */
class KnowledgeChecksTests {

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
	void rejectsPhonesAndAddressesThatNoListedSourceStates() throws IOException {
		assertThat(problemsWith("unbacked-contact.yaml", "unbacked-contact.yaml")).containsExactly(
				"faq/unbacked-contact.yaml:2: '0467-99-0000' in entry 'wrong-number' is not among the facts of its"
						+ " sources (seed, S1); add the source that states it, or list it under that source's facts",
				"faq/unbacked-contact.yaml:2: 'https://example.invalid/other.html' in entry 'wrong-number' is not"
						+ " among the facts of its sources (seed, S1); add the source that states it, or list it under"
						+ " that source's facts");
	}

	@Test
	void acceptsAPhoneStatedByTheDepartmentsSourceAndASourcesOwnUrl() throws IOException {
		Files.writeString(faq.resolve("backed.yaml"), """
				entries:
				  - id: backed
				    question: 連絡先は？
				    phrasings: [連絡先, れんらくさき, 連絡 先]
				    answer: 0467-81-7126 か http://example.invalid/1007731.html へどうぞ。
				    audience: [member]
				    category: テスト
				    department: kyodo
				    sources: [seed]
				    reviewed: 2026-11-29
				""");
		assertThat(KnowledgeBase.load(faq, intents).faq("backed")).isPresent();
	}

	@Test
	void aBadDateIsReportedOnceNotAgainWhereOtherFilesReferToTheEntry() throws IOException {
		Files.copy(FIXTURES.resolve("broken/relates-to-bad.yaml"), faq.resolve("relates-to-bad.yaml"));
		assertThat(problemsWith("bad-reviewed.yaml", "bad-reviewed.yaml")).containsExactly(
				"faq/bad-reviewed.yaml:10: 'reviewed' in an FAQ entry must be a date YYYY-MM-DD, found '2026-02-30'");
	}

	@Test
	void aDepartmentWithABadDateDoesNotMakeEveryEntryThatNamesItAProblem() throws IOException {
		Path departments = faq.resolve("departments.yaml");
		Files.writeString(departments, Files.readString(departments).replace("reviewed: 2026-11-29", "reviewed: 29.11.2026"));
		assertThat(problems()).containsExactly(
				"faq/departments.yaml:8: 'reviewed' in a department must be a date YYYY-MM-DD, found '29.11.2026'");
	}

	@Test
	void syntaxErrorsPointAtTheLineToFix() throws IOException {
		assertThat(problemsWith("missing-colon.yaml", "missing-colon.yaml")).singleElement()
			.asString()
			.startsWith("faq/missing-colon.yaml:3: not valid YAML: could not find expected ':'");
		Files.delete(faq.resolve("missing-colon.yaml"));
		assertThat(problemsWith("unclosed-quote.yaml", "unclosed-quote.yaml")).singleElement()
			.asString()
			.startsWith("faq/unclosed-quote.yaml:3: not valid YAML");
	}

	@Test
	void menuItemsKeepLimitsApartFromGapsAndCarryAnAudience() throws IOException {
		Files.copy(FIXTURES.resolve("broken/menu-audience.yaml"), faq.resolve("menu.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		KnowledgeBase base = KnowledgeBase.load(faq, intents);
		MenuItem kyosai = base.menuItem("menu-kyosai").orElseThrow();
		MenuItem memo = base.menuItem("menu-staff-memo").orElseThrow();
		assertThat(kyosai.cannot()).containsExactly("協働推進事業の募集はありません。");
		assertThat(kyosai.unconfirmed()).containsExactly("申請の手続きは確認できていません。");
		assertThat(kyosai.visibleTo(Audience.MEMBER)).isTrue();
		assertThat(memo.cannot()).isEmpty();
		assertThat(memo.visibleTo(Audience.MEMBER)).isFalse();
		assertThat(memo.visibleTo(Audience.STAFF)).isTrue();
		assertThat(memo.validUntil()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void aMenuItemMustSayWhatTheCityCannotDoOrWhatIsNotKnown() throws IOException {
		Files.copy(FIXTURES.resolve("broken/menu-empty.yaml"), faq.resolve("menu.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(problems()).containsExactly("faq/menu.yaml:2: a menu item needs 'cannot' (what the city does not do)"
				+ " or 'unconfirmed' (what is not known yet), or both, in menu item 'menu-empty'");
	}

	@Test
	void aMenuItemsTwinIsAnFaqEntryAndNoOtherItemsTwin() throws IOException {
		Files.copy(FIXTURES.resolve("broken/menu-audience.yaml"), faq.resolve("menu.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		Path menu = faq.resolve("menu.yaml");
		String text = Files.readString(menu);
		Files.writeString(menu, text.replace("    department: kyodo\n    phrasings: [共催",
				"    department: kyodo\n    same-as: kyodo-what\n    phrasings: [共催"));
		assertThat(KnowledgeBase.load(faq, intents).menuItem("menu-kyosai").orElseThrow().sameAs())
			.isEqualTo("kyodo-what");

		Files.writeString(menu, text.replace("    department: kyodo\n", "    department: kyodo\n    same-as: kyodo-what\n"));
		assertThat(problems()).containsExactly("faq/menu.yaml:13: entry 'kyodo-what' is already the 'same-as' of menu"
				+ " item 'menu-kyosai' (at faq/menu.yaml:2) in menu item 'menu-staff-memo'");

		Files.writeString(menu, text.replace("    department: kyodo\n    phrasings: [共催",
				"    department: kyodo\n    same-as: menu-staff-memo\n    phrasings: [共催"));
		assertThat(problems()).containsExactly("faq/menu.yaml:2: 'same-as' names menu item 'menu-staff-memo'; it names"
				+ " the FAQ entry on the same topic in menu item 'menu-kyosai'");

		// A twin that is not there (a menu copied into an import's target) leaves the link idle: a warning.
		Files.writeString(menu, text.replace("    department: kyodo\n    phrasings: [共催",
				"    department: kyodo\n    same-as: kyodo-gone\n    phrasings: [共催"));
		assertThat(Freshness.warnings(KnowledgeBase.load(faq, intents), LocalDate.of(2026, 12, 1), 3650).stream()
			.map(Object::toString)).contains("faq/menu.yaml:2: 'same-as' of menu item 'menu-kyosai' names 'kyodo-gone',"
					+ " which is no FAQ entry: the link does nothing");
	}

	@Test
	void editorNotesAreKeptApartFromWhatUsersSee() throws IOException {
		Path departments = faq.resolve("departments.yaml");
		Files.writeString(departments, Files.readString(departments).replace("    sources: [S1]",
				"    note: 本庁舎の窓口です。\n    editor-note: 部の名前は確認できていません。\n    sources: [S1]"));
		Department kyodo = KnowledgeBase.load(faq, intents).department("kyodo").orElseThrow();
		assertThat(kyodo.note()).isEqualTo("本庁舎の窓口です。");
		assertThat(kyodo.editorNote()).isEqualTo("部の名前は確認できていません。");
	}

	@Test
	void warnsAboutFactsPastTheirValidityAndItemsNotReviewedForTooLong() throws IOException {
		Files.copy(FIXTURES.resolve("broken/menu-audience.yaml"), faq.resolve("menu.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		KnowledgeBase base = KnowledgeBase.load(faq, intents);
		List<String> warnings = Freshness.warnings(base, LocalDate.of(2026, 12, 1), 365)
			.stream()
			.map(Object::toString)
			.toList();
		assertThat(warnings).containsExactly(
				"faq/basics.yaml:16: the facts of entry 'kyodo-abolished' were valid until 2020-03-31: check them"
						+ " against the current year's source and update valid-until",
				"faq/menu.yaml:12: the facts of menu item 'menu-staff-memo' were valid until 2026-03-31: check them"
						+ " against the current year's source and update valid-until",
				"faq/menu.yaml:12: menu item 'menu-staff-memo' was last reviewed on 2025-01-10 (690 days ago, more than"
						+ " 365): read it against its sources and update reviewed");
		assertThat(Freshness.warnings(base, LocalDate.of(2026, 12, 1), 1)).hasSize(7);
		assertThat(Freshness.warnings(base, LocalDate.of(2020, 3, 31), 3650)).isEmpty();
	}

	private List<String> problemsWith(String brokenFixture, String as) throws IOException {
		Files.copy(FIXTURES.resolve("broken").resolve(brokenFixture), faq.resolve(as));
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
