package jp.chigasaki.kyodo.line;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;

import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.HumanHandoff;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Message events. Text: while a coordinator (or the intake) owns the conversation the handoff takes it; otherwise the
 * dialogue answers and both sides of the turn are recorded for a later ticket. In a group or room only a message
 * addressed to the bot counts. Stickers, images and the like get a request for text, in one-to-one chats only (in a
 * group they are the members' business).
 */
@Component
class MessageEvents {

	private final Chats chats;
	private final GroupAddressing addressing;
	private final HumanHandoff handoff;
	private final Dialogue dialogue;
	private final DialogueTurns turns;
	private final LineMessenger messenger;
	private final Clock clock;

	MessageEvents(Chats chats, GroupAddressing addressing, HumanHandoff handoff, Dialogue dialogue,
			DialogueTurns turns, LineMessenger messenger, ObjectProvider<Clock> clock) {
		this.chats = chats;
		this.addressing = addressing;
		this.handoff = handoff;
		this.dialogue = dialogue;
		this.turns = turns;
		this.messenger = messenger;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	void handle(MessageEvent event) {
		Optional<ChatRef> chat = Chats.of(event.source());
		if (chat.isEmpty()) {
			return;
		}
		if (event.message() instanceof TextMessageContent text) {
			Optional<String> question = chat.get().oneToOne() ? Optional.ofNullable(text.text())
					: addressing.question(text);
			question.ifPresent(q -> converse(chat.get(), event.replyToken(), q, text.id()));
		}
		else if (chat.get().oneToOne()) {
			messenger.answer(chat.get(), event.replyToken(), dialogue.nonText(chats.audienceOf(chat.get())));
		}
	}

	private void converse(ChatRef chat, String replyToken, String question, String messageId) {
		Optional<Reply> intercepted = handoff.interceptText(chat, question, messageId);
		if (intercepted.isPresent()) {
			messenger.answer(chat, replyToken, intercepted.get());
			return;
		}
		// Only now: while a coordinator owns the chat the bot stays silent, and a "typing" indicator would mislead.
		messenger.showLoading(chat);
		Audience audience = chats.audienceOf(chat);
		Reply reply = turns.take(chat, state -> dialogue.answer(question, audience, state), MessageEvents::trigger);
		messenger.answer(chat, replyToken, reply);
		handoff.recordTurn(chat, new Turn(clock.instant(), Turn.Speaker.USER, question, messageId));
		if (!reply.silent()) {
			handoff.recordTurn(chat, new Turn(clock.instant(), Turn.Speaker.BOT, reply.text()));
		}
	}

	private static EscalationTrigger trigger(Reply reply) {
		return Intent.TALK_TO_HUMAN.equals(reply.intent()) ? EscalationTrigger.ASKED_FOR_HUMAN
				: EscalationTrigger.REPEATED_MISSES;
	}
}
