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
 * dialogue (menu, clarify choice, 「どれも違う」 {@code dlg:none}, 「担当者に相談」 {@code dlg:human}, feedback). Each
 * {@code dlg:} action is counted in {@code kyodo.line.postbacks{action}}, which is how feedback is measured.
 */
@Component
class Postbacks {

	private static final Logger log = LoggerFactory.getLogger(Postbacks.class);

	/** The action word after {@code dlg:}; anything else is counted as "other" to keep the metric's tags bounded. */
	private static final Pattern ACTION = Pattern.compile("[a-z][a-z-]{0,23}");

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
			handoff.interceptPostback(chat.get(), data).ifPresent(reply -> messenger.answer(chat.get(), event.replyToken(), reply));
		}
		else if (data.startsWith("dlg:")) {
			meters.counter("kyodo.line.postbacks", "action", action(data)).increment();
			var audience = chats.audienceOf(chat.get());
			Reply reply = turns.take(chat.get(), state -> dialogue.postback(data, audience, state),
					escalated -> trigger(data));
			messenger.answer(chat.get(), event.replyToken(), reply);
		}
		else {
			log.info("Postback with an unknown prefix ignored");
		}
	}

	static String action(String data) {
		String rest = data.substring("dlg:".length());
		int end = rest.indexOf(':');
		String word = end < 0 ? rest : rest.substring(0, end);
		return ACTION.matcher(word).matches() ? word : "other";
	}

	private static EscalationTrigger trigger(String data) {
		String action = action(data);
		if (action.equals("human")) {
			return EscalationTrigger.ASKED_FOR_HUMAN;
		}
		return action.equals("none") ? EscalationTrigger.NONE_MATCHED : EscalationTrigger.REPEATED_MISSES;
	}
}
