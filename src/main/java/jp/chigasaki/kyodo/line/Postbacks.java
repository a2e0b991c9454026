package jp.chigasaki.kyodo.line;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.PostbackEvent;

import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.HumanHandoff;

/**
 * Taps on quick replies that carry postback data: {@code esc:} belongs to the escalation feature, {@code dlg:} to the
 * dialogue ({@code dlg:<action>[=<value>][&<key>=<value>…]}: menu, clarify choice, 「どれも違う」 {@code dlg:none},
 * 「担当者に相談」 {@code dlg:human}, feedback {@code dlg:feedback=up&faq=<id>}). Every {@code dlg:} action is counted
 * in {@code kyodo.line.postbacks{action}}, and feedback in {@code kyodo.line.feedback{vote,faq}} so that editors see
 * which answers do not help.
 */
@Component
class Postbacks {

	private static final Logger log = LoggerFactory.getLogger(Postbacks.class);

	/** Tag values must stay few: anything but a plain word or id is counted as "other". */
	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	private final Chats chats;
	private final HumanHandoff handoff;
	private final Dialogue dialogue;
	private final DialogueTurns turns;
	private final LineMessenger messenger;
	private final MeterRegistry meters;

	Postbacks(Chats chats, HumanHandoff handoff, Dialogue dialogue, DialogueTurns turns, LineMessenger messenger,
			MeterRegistry meters) {
		this.chats = chats;
		this.handoff = handoff;
		this.dialogue = dialogue;
		this.turns = turns;
		this.messenger = messenger;
		this.meters = meters;
	}

	void handle(PostbackEvent event) {
		Optional<ChatRef> chat = Chats.of(event.source());
		String data = event.postback() == null ? null : event.postback().data();
		if (chat.isEmpty() || data == null) {
			return;
		}
		if (data.startsWith("esc:")) {
			handoff.interceptPostback(chat.get(), data)
				.ifPresent(reply -> messenger.answer(chat.get(), event.replyToken(), reply));
		}
		else if (data.startsWith("dlg:")) {
			count(data);
			var audience = chats.audienceOf(chat.get());
			Reply reply = turns.take(chat.get(), state -> dialogue.postback(data, audience, state),
					escalated -> trigger(data));
			messenger.answer(chat.get(), event.replyToken(), reply);
		}
		else {
			log.info("Postback with an unknown prefix ignored");
		}
	}

	private void count(String data) {
		DialoguePostback postback = DialoguePostback.of(data);
		meters.counter("kyodo.line.postbacks", "action", tag(postback.action())).increment();
		if (postback.action().equals("feedback")) {
			meters.counter("kyodo.line.feedback", "vote", tag(postback.value()), "faq", tag(postback.parameter("faq")))
				.increment();
		}
	}

	private static String tag(String word) {
		return WORD.matcher(word).matches() ? word : "other";
	}

	/** 「担当者に相談」 offered because the match was weak ({@code dlg:human=low}) counts as low confidence. */
	private static EscalationTrigger trigger(String data) {
		DialoguePostback postback = DialoguePostback.of(data);
		return switch (postback.action()) {
			case "human" -> postback.value().equals("low") ? EscalationTrigger.LOW_CONFIDENCE
					: EscalationTrigger.ASKED_FOR_HUMAN;
			case "none" -> EscalationTrigger.NONE_MATCHED;
			default -> EscalationTrigger.REPEATED_MISSES;
		};
	}

	/** Just enough of the dialogue's postback format to count and classify it. */
	record DialoguePostback(String action, String value, String query) {

		static DialoguePostback of(String data) {
			String rest = data.substring("dlg:".length());
			int amp = rest.indexOf('&');
			String head = amp < 0 ? rest : rest.substring(0, amp);
			int eq = head.indexOf('=');
			return new DialoguePostback(eq < 0 ? head : head.substring(0, eq), eq < 0 ? "" : head.substring(eq + 1),
					amp < 0 ? "" : rest.substring(amp + 1));
		}

		String parameter(String key) {
			for (String pair : query.split("&")) {
				if (pair.startsWith(key + "=")) {
					return pair.substring(key.length() + 1);
				}
			}
			return "";
		}
	}
}
