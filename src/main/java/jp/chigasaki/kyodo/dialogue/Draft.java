package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Department;

/**
 * A reply being put together. It keeps LINE's limits whatever the content: texts are clipped, messages beyond the
 * fifth and quick replies beyond the thirteenth are dropped, a button offered twice appears once.
 */
final class Draft {

	private final Decision decision;
	private final List<ReplyMessage> messages = new ArrayList<>();
	private final Map<String, QuickReply> quickReplies = new LinkedHashMap<>();
	private String intent;
	private String faqId;
	private String departmentId;
	private double confidence;
	private List<Candidate> candidates = List.of();
	private Reply.Handoff handoff;

	private Draft(Decision decision) {
		this.decision = decision;
	}

	static Draft of(Decision decision) {
		return new Draft(decision);
	}

	Draft intent(String intent, double confidence) {
		this.intent = intent;
		this.confidence = confidence;
		return this;
	}

	Draft entry(String faqId, String departmentId, double confidence) {
		this.faqId = faqId;
		this.departmentId = departmentId;
		this.confidence = confidence;
		return this;
	}

	Draft department(String departmentId) {
		this.departmentId = departmentId;
		return this;
	}

	Draft candidates(List<Candidate> candidates) {
		this.candidates = candidates;
		return this;
	}

	Draft handoff(Reply.Handoff handoff) {
		this.handoff = handoff;
		return this;
	}

	Draft text(String text) {
		if (text != null && !text.isBlank()) {
			add(new ReplyMessage.Text(SafeText.clip(text.strip())));
		}
		return this;
	}

	Draft card(Department department) {
		if (department != null) {
			add(cardOf(department));
		}
		return this;
	}

	Draft choices(ReplyMessage.Choices choices) {
		add(choices);
		return this;
	}

	static ReplyMessage.DepartmentCard cardOf(Department department) {
		return new ReplyMessage.DepartmentCard(department.id(), department.name(), department.parent(),
				department.handles(), department.phone(), department.floor(), department.web(), department.note());
	}

	Draft quick(QuickReply... buttons) {
		return quick(List.of(buttons));
	}

	Draft quick(List<QuickReply> buttons) {
		for (QuickReply button : buttons) {
			String key = button.postbackData() != null ? button.postbackData() : "text:" + button.text();
			if (quickReplies.size() < Reply.MAX_QUICK_REPLIES) {
				quickReplies.putIfAbsent(key, button);
			}
		}
		return this;
	}

	Reply build(ConversationState next) {
		return new Reply(decision, intent, faqId, departmentId, confidence, messages,
				List.copyOf(quickReplies.values()), candidates, next, handoff);
	}

	private void add(ReplyMessage message) {
		if (messages.size() < Reply.MAX_MESSAGES) {
			messages.add(message);
		}
	}
}
