package jp.chigasaki.kyodo.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a period beside those of the period of the same length just before it, and the period's days. The
 * JSON of {@code GET /api/insights} is exactly this record; its keys are a contract documented in docs/insights.md.
 */
public record InsightsReport(Period period, Period previousPeriod, Figures figures, Figures previous,
		List<Day> daily) {

	/** Calendar days {@code from} to {@code to}, both included, in the configured zone. */
	public record Period(LocalDate from, LocalDate to, long days) {
	}

	/**
	 * @param questions turns the bot handled as a question: answered + clarify + fallback + escalate
	 * @param unanswered masked questions kept for the learning loop, by why (fallback, clarify, disliked)
	 * @param initiatives counts of the initiatives' records by kind; empty until any are recorded
	 */
	public record Figures(long questions, long answered, long clarify, long fallback, long escalate, long greeting,
			long menu, SelfResolution selfResolution, Map<String, Long> audiences, Map<String, Long> chats,
			Feedback feedback, Escalations escalations, List<Entry> entries, List<Referral> departments,
			Map<String, Long> unanswered, Map<String, Long> initiatives) {
	}

	/**
	 * Conversation-days with an answer, and those of them without an escalation or 役に立たなかった the same day;
	 * {@code rate} is their ratio (three decimals), null when there was no answer.
	 */
	public record SelfResolution(long conversations, long selfResolved, Double rate) {
	}

	public record Feedback(long helpful, long notHelpful) {
	}

	/** Tickets: opened by queue and reason, claimed, transferred, closed by state, SLA breaches, and durations. */
	public record Escalations(long opened, Map<String, Long> byQueue, Map<String, Long> byReason, long claimed,
			long transferred, Map<String, Long> closed, long slaBreaches, Durations timeToClaim,
			Durations timeToResolve) {
	}

	/** Nearest-rank median and 90th percentile in seconds, null when {@code count} is 0. */
	public record Durations(long count, Long medianSeconds, Long p90Seconds) {
	}

	/** An FAQ entry: answered with it, and the feedback on it. */
	public record Entry(String faqId, String title, long asked, long helpful, long notHelpful) {
	}

	/** A department the bot's replies pointed to. */
	public record Referral(String departmentId, String name, long count) {
	}

	public record Day(LocalDate date, long questions, long answered, long clarify, long fallback, long escalate,
			long escalations) {
	}
}
