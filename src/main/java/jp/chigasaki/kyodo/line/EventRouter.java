package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;

import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.conversation.ConversationOwner;
import jp.chigasaki.kyodo.conversation.Inbound;
import jp.chigasaki.kyodo.escalation.ChatRef;

/**
 * Runs one inbox entry: the SDK's model reads the event, the LINE specifics are settled here (who is speaking where,
 * whether a group message addresses the bot), the conversation owner takes the turn (a slow one shows the loading
 * animation, see {@link LoadingIndicator}), and the answer goes out with
 * the reply token (a push carries a retry key made from the event, so a repeated push is shown once). An event that
 * fails for any reason but Redis is logged (key and type only) and counts as done; a Redis failure leaves it in the
 * inbox to run again. Types without a meaning here (beacons, membership, video views, types LINE adds later) are
 * counted and done.
 */
class EventRouter {

	private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

	private final ObjectMapper model = ModelObjectMapper.createNewObjectMapper();
	private final ConversationOwner owner;
	private final Chats chats;
	private final GroupAddressing addressing;
	private final LineMessenger messenger;
	private final LoadingIndicator loading;
	private final String groupPrefix;
	private final MeterRegistry meters;

	EventRouter(ConversationOwner owner, Chats chats, GroupAddressing addressing, LineMessenger messenger,
			LoadingIndicator loading, LineProperties properties, MeterRegistry meters) {
		this.owner = owner;
		this.chats = chats;
		this.addressing = addressing;
		this.messenger = messenger;
		this.loading = loading;
		this.groupPrefix = properties.groupPrefix();
		this.meters = meters;
	}

	void route(InboxStreams.Entry entry) {
		Event event;
		try {
			event = model.readValue(entry.json(), Event.class);
		}
		catch (Exception ex) {
			log.warn("Webhook event {} unreadable ({}); dropped", entry.key(), ex.getClass().getSimpleName());
			return;
		}
		String type = typeOf(event);
		meters.counter("kyodo.line.events", "type", type).increment();
		try {
			Optional<ChatRef> chat = Chats.of(event.source());
			Optional<Inbound> inbound = chat.flatMap(c -> inbound(entry.key(), c, event));
			if (inbound.isEmpty()) {
				log.info("Webhook event of type {} needs nothing", type);
				return;
			}
			Inbound in = inbound.get();
			LoadingIndicator.Turn turn = loading.turn(in.chat());
			ConversationOwner.Answered answered;
			try {
				answered = owner.handle(in, turn::thinking);
			}
			finally {
				turn.answered();
			}
			String replyToken = event instanceof ReplyEvent replying ? replying.replyToken() : null;
			if (answered.again()) {
				messenger.answerAgain(replyToken, answered.reply());
			}
			else {
				messenger.answer(in.chat(), replyToken, answered.reply(), retryKey(entry.key()));
			}
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// The exception's message may quote user data; its type and the event key are enough to investigate.
			log.error("Webhook event {} ({}) failed: {}", entry.key(), type, ex.getClass().getName());
		}
	}

	private Optional<Inbound> inbound(String key, ChatRef chat, Event event) {
		var audience = chats.audienceOf(chat);
		Inbound.Kind kind;
		String text = null;
		String data = null;
		String messageId = null;
		if (event instanceof MessageEvent message && message.message() instanceof TextMessageContent content) {
			Optional<String> question = chat.oneToOne() ? Optional.ofNullable(content.text())
					: addressing.question(content);
			if (question.isEmpty()) {
				return Optional.empty();
			}
			kind = Inbound.Kind.TEXT;
			text = question.get();
			messageId = content.id();
		}
		else if (event instanceof MessageEvent) {
			if (!chat.oneToOne()) {
				return Optional.empty();
			}
			kind = Inbound.Kind.OTHER_MESSAGE;
		}
		else if (event instanceof PostbackEvent postback && postback.postback() != null
				&& postback.postback().data() != null) {
			kind = Inbound.Kind.POSTBACK;
			data = postback.postback().data();
		}
		else if (event instanceof FollowEvent) {
			kind = Inbound.Kind.FOLLOW;
		}
		else if (event instanceof JoinEvent) {
			kind = Inbound.Kind.JOIN;
			text = groupPrefix;
		}
		else if (event instanceof UnfollowEvent || event instanceof LeaveEvent) {
			kind = Inbound.Kind.LEAVE;
		}
		else if (event instanceof UnsendEvent unsend && unsend.unsend() != null && unsend.unsend().messageId() != null) {
			kind = Inbound.Kind.UNSEND;
			messageId = unsend.unsend().messageId();
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new Inbound(key, chat, audience, kind, text, data, messageId));
	}

	/** The push retry key of an event's answer: the same for every run of the event. */
	static UUID retryKey(String eventKey) {
		return UUID.nameUUIDFromBytes(("answer:" + eventKey).getBytes(StandardCharsets.UTF_8));
	}

	static String typeOf(Event event) {
		if (event instanceof UnknownEvent unknown) {
			return unknown.type() == null ? "unknown" : unknown.type().replaceAll("[^A-Za-z0-9_-]", "?");
		}
		String name = event.getClass().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1, name.length() - "Event".length());
	}
}
