package jp.chigasaki.kyodo.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.matching.Candidate;

/**
 * What the console asks of insights: the report of a period, the unanswered questions grouped for the learning loop,
 * coordinators' labels on them, and the files made from them (an FAQ draft, new phrasings, an eval/ file). Nothing
 * here writes to faq/ or eval/: the files stay the source of truth, reviewed and validated as before.
 */
public final class Insights {

	private final AnalyticsStore store;
	private final UnansweredQuestions unanswered;
	private final Knowledge knowledge;
	private final InsightsProperties properties;
	private final Clock clock;

	Insights(AnalyticsStore store, UnansweredQuestions unanswered, Knowledge knowledge, InsightsProperties properties,
			Clock clock) {
		this.store = store;
		this.unanswered = unanswered;
		this.knowledge = knowledge;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today in the configured zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	/** The figures of {@code from}..{@code to} (both included) beside those of the same number of days before. */
	public InsightsReport report(LocalDate from, LocalDate to) {
		long length = check(from, to);
		LocalDate previousTo = from.minusDays(1);
		LocalDate previousFrom = from.minusDays(length);
		List<DayCounts> days = store.days(days(previousFrom, to));
		List<DayCounts> previous = days.subList(0, (int) length);
		List<DayCounts> current = days.subList((int) length, days.size());
		return new InsightsReport(new InsightsReport.Period(from, to, length),
				new InsightsReport.Period(previousFrom, previousTo, length),
				FiguresBuilder.figures(DayCounts.sum(current), knowledge.current()),
				FiguresBuilder.figures(DayCounts.sum(previous), knowledge.current()),
				current.stream().map(FiguresBuilder::day).toList());
	}

	/** The period's unanswered and disliked questions not yet labelled, grouped by similarity, largest first. */
	public List<QuestionGroup> unanswered(LocalDate from, LocalDate to) {
		check(from, to);
		return unanswered.groups(days(from, to));
	}

	/** The period's labelled questions, newest label last. */
	public List<Question> labelled(LocalDate from, LocalDate to) {
		check(from, to);
		return unanswered.labelled(days(from, to));
	}

	/**
	 * Labels questions: {@code label} is an FAQ or menu id (the right answer, existing or a new entry's), or
	 * {@code escalate} for out of scope. Returns how many were labelled (questions past their retention are not).
	 */
	public int label(List<String> questionIds, String label) {
		return unanswered.label(questionIds, label);
	}

	/** The questions with these ids, for drafts. */
	public List<Question> questions(List<String> questionIds) {
		return unanswered.find(questionIds);
	}

	/** A YAML draft of a new entry from the questions: paste it into a faq/ file, then write the answer. */
	public String newEntryDraft(String entryId, List<String> questionIds) {
		if (entryId == null || !entryId.matches("[a-z0-9][a-z0-9-]{0,79}")) {
			throw new InvalidRequest("新しいエントリのIDは半角英小文字・数字・ハイフンにしてください。");
		}
		if (knowledge.current().faq(entryId).isPresent()) {
			throw new InvalidRequest("「" + entryId + "」は既にあるエントリのIDです。");
		}
		Candidate best = unanswered.best(questionIds);
		String department = best == null ? null
				: knowledge.current().faq(best.faqId()).map(FaqEntry::departmentId).orElse(null);
		return FaqDrafts.newEntry(entryId, unanswered.find(questionIds), best, department, today());
	}

	/** The questions as YAML phrasings to add to an existing entry. */
	public String phrasingsDraft(String faqId, List<String> questionIds) {
		if (knowledge.current().faq(faqId).isEmpty() && knowledge.current().menuItem(faqId).isEmpty()) {
			throw new InvalidRequest("「" + faqId + "」というエントリはありません。");
		}
		return FaqDrafts.phrasings(faqId, unanswered.find(questionIds));
	}

	/** The period's labelled questions as a new eval/ file in the labelled-set format. */
	public String evalFile(LocalDate from, LocalDate to) {
		return FaqDrafts.evalFile(labelled(from, to), from, to);
	}

	private long check(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidRequest("期間の開始日と終了日（YYYY-MM-DD）を指定してください。");
		}
		if (to.isBefore(from)) {
			throw new InvalidRequest("終了日は開始日以降の日付にしてください。");
		}
		long length = ChronoUnit.DAYS.between(from, to) + 1;
		if (length > properties.maxPeriodDays()) {
			throw new InvalidRequest("期間は " + properties.maxPeriodDays() + " 日以内にしてください。");
		}
		return length;
	}

	private static List<LocalDate> days(LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	/** A request insights cannot answer (a bad period, an unknown entry); the message is for coordinators. */
	public static final class InvalidRequest extends RuntimeException {

		public InvalidRequest(String message) {
			super(message);
		}
	}

	/**
	 * A masked question kept for the learning loop.
	 *
	 * @param id {@code YYYY-MM-DD:N}
	 * @param reason fallback, clarify or disliked
	 * @param faqId the entry offered (clarify) or disliked, null when none
	 * @param label the coordinator's label (an entry id or {@code escalate}), null before
	 */
	public record Question(String id, LocalDate date, String reason, String text, String faqId, String audience,
			String label) {
	}

	/** Similar questions; {@code best} is the matching engine's current best entry for the lead question, or null. */
	public record QuestionGroup(String id, List<Question> questions, Suggestion best) {
	}

	/** An existing entry close to a group: id, title, calibrated confidence, its department's name (or null). */
	public record Suggestion(String faqId, String title, double confidence, String department) {
	}
}
