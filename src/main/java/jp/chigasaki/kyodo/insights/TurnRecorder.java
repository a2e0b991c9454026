package jp.chigasaki.kyodo.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.conversation.TurnCompleted;
import jp.chigasaki.kyodo.dialogue.Decision;

/**
 * Records each {@link TurnCompleted} into its day: counters, a raw event without ids or text, the conversation mark
 * for the self-resolution rate, and, only for fallback, clarify and 役に立たなかった, the masked question text.
 * A 役に立たなかった tap is a postback without text: the conversation owner hands over the member's last question
 * from the conversation's record with it, and only then is it masked and kept.
 */
final class TurnRecorder {

	private final AnalyticsStore store;
	private final InsightsMetrics metrics;
	private final JsonMapper json;
	private final InsightsProperties properties;

	TurnRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json, InsightsProperties properties) {
		this.store = store;
		this.metrics = metrics;
		this.json = json;
		this.properties = properties;
	}

	/** Best effort: the turn is already answered and saved, so a Redis failure here must not fail it. */
	@EventListener
	void on(TurnCompleted turn) {
		try {
			record(turn);
		}
		catch (RuntimeException ex) {
			metrics.dropped("turn", ex);
		}
	}

	private void record(TurnCompleted turn) {
		List<String> counters = new ArrayList<>();
		String mark = null;
		Question question = null;
		if (turn.feedback() != null) {
			boolean helpful = turn.feedback() == TurnCompleted.Feedback.HELPFUL;
			Question answered = turn.feedback() == TurnCompleted.Feedback.NOT_HELPFUL ? disliked(turn) : null;
			String faqId = turn.faqId() != null ? turn.faqId() : answered != null ? answered.faqId() : "unknown";
			counters.add((helpful ? "up:" : "down:") + faqId);
			if (!helpful) {
				mark = "troubled";
				question = answered;
			}
		}
		else if (turn.decision() != null) {
			counters.addAll(questionCounters(turn));
			mark = mark(turn);
			question = unanswered(turn);
		}
		else {
			counters.add("turn:silent");
		}
		if (question != null) {
			counters.add("question:" + question.reason());
		}
		LocalDate day = LocalDate.ofInstant(turn.at(), properties.zone());
		store.record(day, new AnalyticsStore.Write(counters, json.writeValueAsString(raw(turn)), turn.conversationKey(),
				mark, null, null, 0, question == null ? null : json.writeValueAsString(question)));
		metrics.turn(turn);
	}

	private List<String> questionCounters(TurnCompleted turn) {
		List<String> counters = new ArrayList<>(List.of("turn:" + turn.decision().key(),
				"audience:" + (turn.audience() == null ? "member" : turn.audience().key()),
				"chat:" + (turn.groupChat() ? "group" : "user")));
		if (turn.band() != null) {
			counters.add("band:" + turn.band().name().toLowerCase(Locale.ROOT));
		}
		if (turn.decision() == Decision.ANSWER && turn.faqId() != null) {
			counters.add("asked:" + turn.faqId());
		}
		if (turn.departmentId() != null) {
			counters.add("dept:" + turn.departmentId());
		}
		return counters;
	}

	private String mark(TurnCompleted turn) {
		if (turn.decision() == Decision.ANSWER) {
			return "answered";
		}
		return turn.decision() == Decision.ESCALATE ? "troubled" : null;
	}

	private Question unanswered(TurnCompleted turn) {
		if (turn.question() == null || turn.question().isBlank()
				|| (turn.decision() != Decision.FALLBACK && turn.decision() != Decision.CLARIFY)) {
			return null;
		}
		return new Question(turn.at().toString(), turn.decision().key(), TextMask.mask(turn.question()), turn.faqId(),
				audience(turn));
	}

	/** The question a 役に立たなかった tap refers to: the conversation owner hands it over with the tap. */
	private Question disliked(TurnCompleted turn) {
		if (turn.question() == null || turn.question().isBlank()) {
			return null;
		}
		return new Question(turn.at().toString(), "disliked", TextMask.mask(turn.question()), turn.faqId(),
				audience(turn));
	}

	private static String audience(TurnCompleted turn) {
		return turn.audience() == null ? "member" : turn.audience().key();
	}

	private static Map<String, Object> raw(TurnCompleted turn) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("type", "turn");
		raw.put("at", turn.at().toString());
		raw.put("decision", turn.decision() == null ? null : turn.decision().key());
		raw.put("intent", turn.intent());
		raw.put("faqId", turn.faqId());
		raw.put("departmentId", turn.departmentId());
		raw.put("band", turn.band() == null ? null : turn.band().name().toLowerCase(Locale.ROOT));
		raw.put("confidence", Math.round(turn.confidence() * 100) / 100.0);
		raw.put("audience", audience(turn));
		raw.put("groupChat", turn.groupChat());
		raw.put("feedback", turn.feedback() == null ? null : turn.feedback().name().toLowerCase(Locale.ROOT));
		return raw;
	}

	/** A stored question: masked text, why it is kept (fallback, clarify, disliked), the entry offered or disliked. */
	record Question(String at, String reason, String text, String faqId, String audience) {
	}
}
