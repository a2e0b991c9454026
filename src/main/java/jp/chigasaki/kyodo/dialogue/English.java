package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Questions written in English. The engine understands them through the English glossary in
 * {@code faq/synonyms.yaml} (English words mapped onto our terms); the answer stays the Japanese one, led by one short
 * English line that says so, since the facts exist only in Japanese. Where the entries have English titles
 * ({@code english} in {@code faq/}), the line names the entry or entries answered, and a clarify and the menu list
 * their options in English too, so that a reader of English can choose among Japanese titles. The conversation state
 * remembers the language, so that an option tapped or numbered next is answered the same way.
 */
final class English {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

	private English() {
	}

	/** Mostly Latin letters, at least two English words, and no kana or kanji. */
	static boolean is(String question) {
		long words = WORD.matcher(question).results().count();
		return words >= 2 && !japanese(question);
	}

	/**
	 * Whether the reply to this message is led in English: an English message, or one without kana or kanji (an
	 * option's number, "ok") after an English one.
	 */
	static boolean continues(String text, ConversationState state) {
		return text != null && (is(text) || state.english() && !text.isBlank() && !japanese(text));
	}

	/** The reply with the conversation's language remembered in its next state. */
	static Reply remembered(Reply reply, boolean english) {
		if (reply.next() == null || reply.next().english() == english) {
			return reply;
		}
		return reply.withNext(reply.next().inEnglish(english));
	}

	private static boolean japanese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
	}

	/**
	 * The reply with English in front of its first text bubble: one line, and for a clarify or the menu the options'
	 * English titles, in the order of the Japanese list.
	 *
	 * @param english an entry's or menu item's English title by id, empty when it has none
	 */
	static Reply lead(Reply reply, Function<String, Optional<String>> english) {
		List<ReplyMessage> messages = new ArrayList<>(reply.messages());
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i) instanceof ReplyMessage.Text text) {
				messages.set(i, new ReplyMessage.Text(SafeText.clip(lines(reply, english) + "\n" + text.text())));
				return reply.withMessages(messages);
			}
		}
		return reply;
	}

	private static String lines(Reply reply, Function<String, Optional<String>> english) {
		if (reply.decision() == Decision.ANSWER && reply.faqId() != null) {
			Optional<String> title = english.apply(reply.faqId());
			// Two questions answered in one reply: the second entry is the one remembered for follow-ups.
			String second = reply.next() == null ? null : reply.next().lastFaqId();
			Optional<String> secondTitle = second == null || second.equals(reply.faqId()) ? Optional.empty()
					: english.apply(second);
			if (title.isPresent() && secondTitle.isPresent()) {
				return "About \"" + title.get() + "\" and \"" + secondTitle.get()
						+ "\": here are our answers, in Japanese as our information is.";
			}
			if (title.isPresent()) {
				return "About \"" + title.get() + "\": here is our answer, in Japanese as our information is.";
			}
		}
		if (reply.decision() == Decision.MENU) {
			return menu(reply, english);
		}
		List<String> offered = reply.decision() == Decision.CLARIFY && reply.next() != null ? reply.next().offered()
				: List.of();
		StringJoiner options = new StringJoiner("\n", "Which of these do you mean? (The options below are in Japanese;"
				+ " in English:)\n", "\nOr tap " + Buttons.noneOfThese().label()
						+ " (none of these) or " + Buttons.human().label() + " (ask a person).");
		boolean any = false;
		for (int n = 0; n < offered.size(); n++) {
			Optional<String> title = english.apply(offered.get(n));
			options.add((n + 1) + ". " + title.orElse("(no English title)"));
			any |= title.isPresent();
		}
		return any ? options.toString() : line(reply.decision());
	}

	/** The menu's items in English, in the order of its list; the plain line when none has an English name. */
	private static String menu(Reply reply, Function<String, Optional<String>> english) {
		List<String> names = reply.messages()
			.stream()
			.filter(ReplyMessage.Choices.class::isInstance)
			.flatMap(message -> ((ReplyMessage.Choices) message).choices().stream())
			.flatMap(choice -> Postback.parse(choice.postbackData()).stream())
			.filter(postback -> "faq".equals(postback.action()))
			.flatMap(postback -> english.apply(postback.value()).stream())
			.toList();
		if (names.isEmpty()) {
			return line(reply.decision());
		}
		StringJoiner menu = new StringJoiner("\n", "What groups can do with the city (the menu below is in Japanese;"
				+ " in English:)\n", "");
		names.forEach(name -> menu.add("- " + name));
		return menu.toString();
	}

	private static String line(Decision decision) {
		return switch (decision) {
			case ANSWER -> "Here is our answer. It is in Japanese, as our information is.";
			case CLARIFY -> "Which of these do you mean? (The options are in Japanese.)";
			case FALLBACK -> "Sorry, we could not answer this. Try other words, or tap " + Buttons.humanAfterMiss().label()
					+ " to ask a person (details in Japanese below).";
			case ESCALATE -> "A coordinator will take this over (details in Japanese below).";
			case GREETING, MENU -> "This service answers in Japanese.";
		};
	}
}
