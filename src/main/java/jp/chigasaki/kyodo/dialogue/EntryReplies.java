package jp.chigasaki.kyodo.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.knowledge.Source;
import jp.chigasaki.kyodo.matching.Candidate;

/** Answers with one FAQ entry or one できることメニュー item. */
final class EntryReplies {

	private static final String UNKNOWN_NOTE = "確認できていない点は、担当者に直接お尋ねいただくのが確実です。「担当者に相談」を押すと、"
			+ MissReplies.COORDINATORS + "におつなぎします。";

	private EntryReplies() {
	}

	/** The entry or menu item with this id, if it exists and the audience may see it. */
	static Optional<Reply> byId(Context context, String id, double confidence) {
		return byId(context, id, confidence, List.of());
	}

	/** {@link #byId(Context, String, double)}, an FAQ entry's follow-up buttons starting with {@code first}. */
	private static Optional<Reply> byId(Context context, String id, double confidence, List<String> first) {
		Optional<Reply> faq = context.visibleFaq(id).map(entry -> faq(context, entry, confidence, first));
		if (faq.isPresent() || id == null) {
			return faq;
		}
		return context.visibleMenuItem(id).map(item -> menuItem(context, item, confidence));
	}

	/** The most sources listed for one answer. */
	private static final int SOURCES_LISTED = 5;

	/**
	 * Where the answer of entry {@code id} comes from (「出典は？」 after it): its sources' titles, the dates they state and
	 * their addresses, as {@code faq/sources.yaml} records them, and the day the entry was last checked. Empty for an
	 * entry this audience may not see or that names no source.
	 */
	static Optional<Reply> sourcesOf(Context context, String id) {
		Optional<FaqEntry> faq = context.visibleFaq(id);
		Optional<MenuItem> item = faq.isPresent() ? Optional.empty() : context.visibleMenuItem(id);
		List<String> ids = faq.map(FaqEntry::sources).or(() -> item.map(MenuItem::sources)).orElse(List.of());
		List<Source> sources = ids.stream().map(context.knowledge()::source).flatMap(Optional::stream).toList();
		if (sources.isEmpty()) {
			return Optional.empty();
		}
		StringJoiner text = new StringJoiner("\n");
		text.add("この回答は、次の資料をもとにしています（日付は資料に示された日付です）。");
		sources.stream().limit(SOURCES_LISTED).forEach(source -> text.add("・" + source.title()
				+ (source.date() == null ? "" : "（" + source.date() + "）") + (source.url() == null ? "" : "\n　" + source.url())));
		LocalDate reviewed = faq.map(FaqEntry::reviewed).or(() -> item.map(MenuItem::reviewed)).orElse(null);
		if (reviewed != null) {
			text.add("内容を最後に確認した日：" + reviewed);
		}
		text.add("最新の情報は、担当課にご確認ください。");
		String departmentId = faq.map(FaqEntry::departmentId).or(() -> item.map(MenuItem::departmentId)).orElse(null);
		return Optional.of(Draft.of(Decision.ANSWER)
			.entry(id, departmentId, 1)
			.text(text.toString())
			.quick(Buttons.human(), Buttons.menu())
			.build(context.settled(id)));
	}

	/** The engine's best candidate, when there is one this audience may see. */
	static Optional<Reply> best(Context context) {
		return context.candidates().stream().findFirst().flatMap(top -> byId(context, top.faqId(), top.confidence()));
	}

	/**
	 * The best candidate of a clarify that leads the others ({@code DialoguePolicy.leads}), answered below the answer
	 * threshold like {@link #best}: an FAQ entry's first follow-up button is the runner-up, so that when the lead was
	 * wrong the entry meant is likely one tap away (a menu item is answered with its own buttons).
	 */
	static Optional<Reply> leading(Context context) {
		List<String> runnerUp = context.candidates().stream().skip(1).limit(1).map(Candidate::faqId).toList();
		return context.candidates()
			.stream()
			.findFirst()
			.flatMap(top -> byId(context, top.faqId(), top.confidence(), runnerUp));
	}

	private static Reply faq(Context context, FaqEntry entry, double confidence, List<String> first) {
		Draft draft = Draft.of(Decision.ANSWER)
			.entry(entry.id(), entry.departmentId(), confidence)
			.candidates(context.candidates());
		if (entry.unknown()) {
			draft.quick(Buttons.human());
		}
		boolean offersCoordinator = entry.answer().contains("おつなぎ");
		draft.text(entry.answer()).text(entry.unknown() && !offersCoordinator ? UNKNOWN_NOTE : null);
		usefulCard(context, entry.departmentId(), entry.answer()).ifPresent(draft::card);
		draft.quick(related(context, entry, first));
		return draft.quick(Buttons.helpful(entry.id()), Buttons.notHelpful(entry.id()), Buttons.human(), Buttons.menu())
			.build(context.settled(entry.id()));
	}

	private static Reply menuItem(Context context, MenuItem item, double confidence) {
		String text = render(item, context.department(item.departmentId()));
		return Draft.of(Decision.ANSWER)
			.entry(item.id(), item.departmentId(), confidence)
			.candidates(context.candidates())
			.text(text)
			.card(usefulCard(context, item.departmentId(), text).orElse(null))
			.quick(Buttons.helpful(item.id()), Buttons.notHelpful(item.id()), Buttons.possible(), Buttons.human(),
					Buttons.menu())
			.build(context.settled(item.id()));
	}

	/**
	 * The layout faq/README.md promises: summary, 市ができること, 市ができないこと (true limits only), まだ分かっていないこと
	 * (gaps in the knowledge, kept apart so that they never read as refusals), 条件, 相談先.
	 */
	static String render(MenuItem item, Optional<Department> department) {
		StringJoiner text = new StringJoiner("\n");
		text.add("【" + item.name() + "】").add(item.summary());
		section(text, "市ができること", item.can());
		section(text, "市ができないこと", item.cannot());
		section(text, "まだ分かっていないこと（担当にお尋ねください）", item.unconfirmed());
		section(text, "条件", item.conditions());
		department.ifPresent(d -> section(text, "相談先",
				List.of(d.name() + (d.phone() == null ? "" : "（電話 " + d.phone() + "）"))));
		return text.toString();
	}

	private static void section(StringJoiner text, String title, List<String> lines) {
		if (lines != null && !lines.isEmpty()) {
			text.add("").add("■ " + title);
			lines.forEach(line -> text.add("・" + line));
		}
	}

	/**
	 * A card is worth a bubble when it gives a way to reach the department (a phone to tap, a web page) that the
	 * text does not already give: LINE makes phone numbers and links in a text bubble tappable by itself.
	 */
	static Optional<Department> usefulCard(Context context, String departmentId, String text) {
		return context.department(departmentId)
			.filter(d -> adds(d.phone(), text) || adds(d.web(), text));
	}

	private static boolean adds(String contact, String text) {
		return contact != null && !text.contains(contact);
	}

	/** Up to {@code related-options} follow-up buttons: the entries of {@code first}, then the entry's related ones. */
	static List<QuickReply> related(Context context, FaqEntry entry, List<String> first) {
		return Stream.concat(first.stream(), entry.related() == null ? Stream.empty() : entry.related().stream())
			.distinct()
			.filter(id -> !id.equals(entry.id()))
			.flatMap(id -> context.visibleFaq(id).stream())
			.limit(context.properties().relatedOptions())
			.map(related -> Buttons.entry(related.question(), related.id()))
			.toList();
	}
}
