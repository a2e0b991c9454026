package jp.chigasaki.kyodo.line;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/** Renders a {@link Reply} as Messaging API messages; the quick replies go on the last message, as LINE shows them. */
final class LineMessages {

	/** LINE's limits: text message and Flex altText length. */
	static final int MAX_TEXT = 5000;
	static final int MAX_ALT_TEXT = 400;

	private LineMessages() {
	}

	static List<Message> of(Reply reply) {
		List<ReplyMessage> parts = reply.messages();
		List<Message> messages = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			var quickReply = last ? quickReply(reply.quickReplies()) : null;
			messages.add(render(parts.get(i), quickReply));
		}
		return messages;
	}

	private static Message render(ReplyMessage part, com.linecorp.bot.messaging.model.QuickReply quickReply) {
		if (part instanceof ReplyMessage.DepartmentCard card) {
			return new FlexMessage(quickReply, null, cut(card.plainText(), MAX_ALT_TEXT), DepartmentCards.bubble(card));
		}
		if (part instanceof ReplyMessage.Choices choices) {
			return new FlexMessage(quickReply, null, cut(choices.plainText(), MAX_ALT_TEXT),
					ChoiceCards.carousel(choices));
		}
		return new TextMessage(quickReply, null, cut(part.plainText(), MAX_TEXT), null, null);
	}

	private static com.linecorp.bot.messaging.model.QuickReply quickReply(List<QuickReply> buttons) {
		if (buttons.isEmpty()) {
			return null;
		}
		return new com.linecorp.bot.messaging.model.QuickReply(
				buttons.stream().map(button -> new QuickReplyItem(action(button))).toList());
	}

	private static Action action(QuickReply button) {
		if (button.postbackData() != null) {
			// displayText shows the tapped label in the chat, as if the user had said it.
			return new PostbackAction.Builder().label(button.label())
				.data(button.postbackData())
				.displayText(button.label())
				.build();
		}
		return new MessageAction(button.label(), button.text());
	}

	static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
