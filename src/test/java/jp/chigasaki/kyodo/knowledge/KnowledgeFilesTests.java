package jp.chigasaki.kyodo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walks the real {@code faq/} and {@code intents/}: they load cleanly and keep the content rules. */
class KnowledgeFilesTests {

	private static final Pattern INVITATION = Pattern
		.compile("(応募|提案|申請|申し込)[^。]*(ください|できます|受け付けて|募集中|お待ち)");

	private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{4}");

	static KnowledgeBase base;

	@BeforeAll
	static void load() {
		base = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
	}

	@Test
	void realFilesHaveTheRequiredAmountOfContent() {
		assertThat(base.faqs()).hasSizeGreaterThanOrEqualTo(80);
		assertThat(base.departments()).hasSizeGreaterThanOrEqualTo(25);
		assertThat(base.menu()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(base.intents()).extracting(Intent::id).containsExactlyInAnyOrderElementsOf(Intent.KNOWN);
		assertThat(base.faqs()).filteredOn(f -> f.audience().equals(Set.of(Audience.STAFF))).isNotEmpty();
	}

	@Test
	void everyPhoneNumberInAnAnswerBelongsToADepartmentInTheDirectory() {
		Set<String> directory = base.departments()
			.stream()
			.map(Department::phone)
			.filter(p -> p != null)
			.collect(Collectors.toSet());
		List<String> strangers = answers().flatMap(text -> phones(text).stream())
			.filter(phone -> !directory.contains(phone))
			.distinct()
			.toList();
		assertThat(strangers).as("phone numbers not in faq/departments.yaml").isEmpty();
	}

	@Test
	void noAnswerInvitesProposalsToTheAbolishedScheme() {
		List<String> inviting = answers().flatMap(text -> Stream.of(text.split("[。\n]")))
			.filter(sentence -> sentence.contains("協働推進事業"))
			.filter(sentence -> INVITATION.matcher(sentence).find())
			.filter(sentence -> !sentence.contains("廃止") && !sentence.contains("ません"))
			.toList();
		assertThat(inviting).as("sentences inviting proposals to 協働推進事業").isEmpty();
		assertThat(base.faqs()).filteredOn(f -> f.answer().contains("協働推進事業") && f.answer().contains("廃止"))
			.as("entries that say the scheme was abolished")
			.hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void everyEntryNamesASourceAndUnknownEntriesNameAContact() {
		assertThat(base.faqs()).allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
		List<String> noContact = base.faqs()
			.stream()
			.filter(FaqEntry::unknown)
			.filter(f -> phones(f.answer()).isEmpty() && !f.answer().contains("https://"))
			.map(FaqEntry::id)
			.toList();
		assertThat(noContact).as("entries with unknown facts that give no phone or web contact").isEmpty();
	}

	@Test
	void everyEntryAndMenuItemHasItsOwnEnglishTitle() {
		// An English reader chooses among a clarify's options by these titles, so none may be missing or repeated,
		// and none gives a contact (a title translates the question; the contacts are in the answers).
		List<String> titles = Stream.concat(base.faqs().stream().map(FaqEntry::english),
				base.menu().stream().map(MenuItem::english)).toList();
		assertThat(titles).as("entries and menu items without an English title").doesNotContainNull();
		assertThat(titles).doesNotHaveDuplicates();
		assertThat(titles).noneMatch(title -> PHONE.matcher(title).find() || title.contains("http"));
	}

	@Test
	void membersAreNeverPointedToStaffOnlyEntries() {
		List<String> leaks = base.faqs()
			.stream()
			.filter(f -> f.visibleTo(Audience.MEMBER))
			.flatMap(f -> f.related().stream().filter(id -> base.faq(id).map(r -> !r.visibleTo(Audience.MEMBER)).orElse(false)).map(id -> f.id() + " -> " + id))
			.toList();
		assertThat(leaks).isEmpty();
	}

	private static Stream<String> answers() {
		return Stream.concat(base.faqs().stream().map(FaqEntry::answer),
				base.menu().stream().flatMap(m -> Stream.of(m.summary(), String.join("\n", m.can()),
						String.join("\n", m.cannot()), String.join("\n", m.conditions()))));
	}

	private static List<String> phones(String text) {
		Matcher matcher = PHONE.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
