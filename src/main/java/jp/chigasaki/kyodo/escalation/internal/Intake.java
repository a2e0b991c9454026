package jp.chigasaki.kyodo.escalation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.Ticket;

/**
 * The optional questions asked before a ticket is created: topic, group name, kind of help. Every answer can be
 * skipped, and 「すぐに担当者へ」 skips the rest. State is a plain string map (the intake HASH in Redis):
 * {@code step} (topic, group, kind, done), {@code trigger}, {@code topicKey}, {@code topicNote}, {@code groupName},
 * {@code kind}. Postback data: {@code esc:topic:KEY|other|skip}, {@code esc:group:skip}, {@code esc:kind:N|skip},
 * {@code esc:skip}.
 */
public final class Intake {

	public static final List<String> KINDS = List.of("相談", "協働の提案", "補助金", "イベント", "その他");
	public static final String DONE = "done";
	private static final int MAX_NOTE = 200;

	private final EscalationProperties properties;

	public Intake(EscalationProperties properties) {
		this.properties = properties;
	}

	/** The answers once the intake is done, with the queue chosen from the topic. */
	public record Answers(String topicKey, String topicLabel, String topicNote, String groupName, String kind,
			Ticket.Queue queue) {
	}

	public Map<String, String> start(String trigger) {
		return Map.of("step", "topic", "trigger", trigger);
	}

	/** The state after a postback ({@code data} set) or a typed text ({@code text} set). */
	public Map<String, String> apply(Map<String, String> state, String data, String text) {
		Map<String, String> next = new HashMap<>(state);
		if (data != null) {
			applyChoice(next, data);
		}
		else {
			applyText(next, text.strip());
		}
		return next;
	}

	private void applyChoice(Map<String, String> next, String data) {
		String[] parts = data.split(":", 3);
		String value = parts.length > 2 ? parts[2] : "skip";
		switch (parts.length > 1 ? parts[1] : "") {
			case "topic" -> {
				if (!"skip".equals(value) && (topic(value).isPresent() || "other".equals(value))) {
					next.put("topicKey", value);
				}
				next.put("step", "group");
			}
			case "group" -> next.put("step", "kind");
			case "kind" -> {
				if (value.matches("[0-4]")) {
					next.put("kind", KINDS.get(Integer.parseInt(value)));
				}
				next.put("step", DONE);
			}
			default -> next.put("step", DONE);
		}
	}

	private void applyText(Map<String, String> next, String text) {
		String clipped = text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text;
		switch (next.getOrDefault("step", DONE)) {
			case "topic" -> {
				next.put("topicKey", "other");
				next.put("topicNote", clipped);
				next.put("step", "group");
			}
			case "group" -> {
				next.put("groupName", clipped);
				next.put("step", "kind");
			}
			default -> {
				next.put("kind", "その他");
				next.putIfAbsent("topicNote", clipped);
				next.put("step", DONE);
			}
		}
	}

	public Answers answers(Map<String, String> state) {
		String key = state.getOrDefault("topicKey", "other");
		Optional<EscalationProperties.Topic> topic = topic(key);
		return new Answers(key, topic.map(EscalationProperties.Topic::label).orElse("その他"),
				state.get("topicNote"), state.get("groupName"), state.get("kind"),
				topic.map(EscalationProperties.Topic::queue).orElse(properties.defaultQueue()));
	}

	public Reply question(String step) {
		List<QuickReply> choices = new ArrayList<>();
		String text = switch (step) {
			case "topic" -> {
				properties.topics().forEach(t -> choices.add(QuickReply.postback(t.label(), "esc:topic:" + t.key())));
				choices.add(QuickReply.postback("その他", "esc:topic:other"));
				yield "担当者におつなぎします。担当者が聞き直さなくて済むよう、3つだけ教えてください（どれも任意です）。\n\n"
						+ "① ご相談の分野はどれですか？（文章で書いても構いません）";
			}
			case "group" -> {
				choices.add(QuickReply.postback("スキップ", "esc:group:skip"));
				yield "② 団体名を入力してください（個人のご相談なら「スキップ」）。";
			}
			default -> {
				for (int i = 0; i < KINDS.size(); i++) {
					choices.add(QuickReply.postback(KINDS.get(i), "esc:kind:" + i));
				}
				yield "③ どのようなご用件ですか？";
			}
		};
		choices.add(QuickReply.postback("すぐに担当者へ", "esc:skip"));
		return Replies.text(text, choices);
	}

	private Optional<EscalationProperties.Topic> topic(String key) {
		return properties.topics().stream().filter(t -> t.key().equals(key)).findFirst();
	}
}
