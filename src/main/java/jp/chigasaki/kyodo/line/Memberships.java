package jp.chigasaki.kyodo.line;

import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;

import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.escalation.HumanHandoff;

/**
 * The bot arriving in and leaving chats. Follow: a greeting; join: how to address the bot. Unfollow and leave: what is
 * kept about the conversation is forgotten (its dialogue state here, its transcript in the handoff). Unsend: the dialogue
 * state holds ids and counts only; the message's text is removed from what the handoff keeps.
 */
@Component
class Memberships {

	private final Chats chats;
	private final Dialogue dialogue;
	private final HumanHandoff handoff;
	private final DialogueStateStore conversations;
	private final LineMessenger messenger;
	private final LineProperties properties;

	Memberships(Chats chats, Dialogue dialogue, HumanHandoff handoff, DialogueStateStore conversations,
			LineMessenger messenger, LineProperties properties) {
		this.chats = chats;
		this.dialogue = dialogue;
		this.handoff = handoff;
		this.conversations = conversations;
		this.messenger = messenger;
		this.properties = properties;
	}

	void followed(FollowEvent event) {
		Chats.of(event.source())
			.ifPresent(chat -> messenger.answer(chat, event.replyToken(), dialogue.welcome(chats.audienceOf(chat))));
	}

	void joined(JoinEvent event) {
		Chats.of(event.source())
			.ifPresent(chat -> messenger.answer(chat, event.replyToken(), dialogue.joined(properties.groupPrefix())));
	}

	/** Unfollow (one-to-one) or leave (group, room). */
	void left(Event event) {
		Chats.of(event.source()).ifPresent(chat -> {
			conversations.forget(chat);
			handoff.forget(chat);
		});
	}

	/** Unsend: the message's text leaves the recent turns and an open ticket's transcript. */
	void unsent(UnsendEvent event) {
		if (event.unsend() == null || event.unsend().messageId() == null) {
			return;
		}
		Chats.of(event.source()).ifPresent(chat -> handoff.forgetMessage(chat, event.unsend().messageId()));
	}
}
