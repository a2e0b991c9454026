package jp.chigasaki.kyodo.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.Handovers;

/**
 * The optional questions asked before a ticket: topic, group name, kind of help. Every answer can be skipped, and
 * 「すぐに担当者へ」 skips the rest. Every answer is kept: typed text in the ticket's fields (the topic note, the group
 * name, and a typed kind appended to the note) and, typed or tapped, in the transcript. State is a plain string map
 * in the conversation record: {@code step} (topic, group, kind, done), {@code trigger}, {@code topicKey},
 * {@code topicNote}, {@code groupName}, {@code kind}. Postback data: {@code esc:topic:KEY|other},
 * {@code esc:group:skip}, {@code esc:kind:N}, {@code esc:skip}; a button of another step (an old message) changes
 * nothing and the current question is asked again.
 */
final class Intake {

	static final List<String> KINDS = List.of("相談", "協働の提案", "補助金", "イベント", "その他");
	static final String DONE = "done";
	static final String PREFIX = "esc:";
	private static final int MAX_NOTE = 200;

	private final List<Handovers.Topic> topics;

	Intake(List<Handovers.Topic> topics) {
		this.topics = List.copyOf(topics);
	}

	/** What one answer did: the next state, and the answer as the member saw it (for the transcript), or empty. */
	record Answer(Map<String, String> next, Optional<String> said) {
	}

	Map<String, String> start(String trigger) {
		return Map.of("step", "topic", "trigger", trigger);
	}

	static boolean done(Map<String, String> state) {
		return DONE.equals(state.get("step"));
	}

	/** A tapped button; a button of another step leaves the state as it is. */
	Answer tapped(Map<String, String> state, String data) {
		String[] parts = data.split(":", 3);
		String step = parts.length > 1 ? parts[1] : "";
		String value = parts.length > 2 ? parts[2] : "";
		Map<String, String> next = new HashMap<>(state);
		if (step.equals("skip")) {
			next.put("step", DONE);
			return new Answer(next, Optional.of("すぐに担当者へ"));
		}
		if (!step.equals(state.get("step"))) {
			return new Answer(state, Optional.empty());
		}
		String said = switch (step) {
			case "topic" -> {
				Optional<Handovers.Topic> topic = topic(value);
				next.put("topicKey", topic.isPresent() ? value : "other");
				next.put("step", "group");
				yield topic.map(Handovers.Topic::label).orElse("その他");
			}
			case "group" -> {
				next.put("step", "kind");
				yield "スキップ";
			}
			default -> {
				String kind = value.matches("[0-4]") ? KINDS.get(Integer.parseInt(value)) : "その他";
				next.put("kind", kind);
				next.put("step", DONE);
				yield kind;
			}
		};
		return new Answer(next, Optional.of(said));
	}

	/** A typed answer to the current question. */
	Answer typed(Map<String, String> state, String text) {
		String clipped = clip(text.strip());
		Map<String, String> next = new HashMap<>(state);
		switch (state.getOrDefault("step", DONE)) {
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
				String note = state.get("topicNote");
				next.put("topicNote", clip(note == null ? "用件: " + clipped : note + "\n用件: " + clipped));
				next.put("step", DONE);
			}
		}
		return new Answer(next, Optional.of(text));
	}

	Reply question(String step) {
		List<QuickReply> choices = new ArrayList<>();
		String text = switch (step) {
			case "topic" -> {
				topics.forEach(t -> choices.add(QuickReply.postback(t.label(), PREFIX + "topic:" + t.key())));
				choices.add(QuickReply.postback("その他", PREFIX + "topic:other"));
				yield "担当者におつなぎします。担当者が聞き直さなくて済むよう、3つだけ教えてください（どれも任意です）。\n\n"
						+ "① ご相談の分野はどれですか？（文章で書いても構いません）";
			}
			case "group" -> {
				choices.add(QuickReply.postback("スキップ", PREFIX + "group:skip"));
				yield "② 団体名を入力してください（個人のご相談なら「スキップ」）。";
			}
			default -> {
				for (int i = 0; i < KINDS.size(); i++) {
					choices.add(QuickReply.postback(KINDS.get(i), PREFIX + "kind:" + i));
				}
				yield "③ どのようなご用件ですか？（文章で書いても構いません）";
			}
		};
		choices.add(QuickReply.postback("すぐに担当者へ", PREFIX + "skip"));
		return Replies.of(Decision.ESCALATE, text, choices);
	}

	/** The current question again, after a button that belongs to another step or to the bot. */
	Reply again(String step) {
		Reply question = question(step);
		return Replies.of(Decision.ESCALATE, "受付の途中です。続けて次の質問にお答えください。\n" + question.text(),
				question.quickReplies());
	}

	private Optional<Handovers.Topic> topic(String key) {
		return topics.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	private static String clip(String text) {
		return text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text;
	}
}
