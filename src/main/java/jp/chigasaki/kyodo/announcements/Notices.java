package jp.chigasaki.kyodo.announcements;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

/**
 * Personal notices pushed to LINE users (a meeting proposal with answer buttons, an event reminder). The retry key
 * is derived from {@code notice} and the recipient, so a notice sent again (a retried job, a second instance) is
 * delivered once.
 */
public class Notices {

	private final LineDelivery delivery;

	Notices(LineDelivery delivery) {
		this.delivery = delivery;
	}

	/** A button under a notice: its label and the postback data it sends back (at most 300 characters). */
	public record Button(String label, String data) {
	}

	/**
	 * @param notice a stable name of this notice, e.g. {@code reminder:event:12}
	 * @return how many recipients LINE accepted
	 */
	public int push(Collection<String> to, String notice, String text, List<Button> buttons) {
		int delivered = 0;
		for (String recipient : to) {
			UUID retryKey = UUID.nameUUIDFromBytes((notice + ":" + recipient).getBytes(StandardCharsets.UTF_8));
			if (delivery.push(recipient, List.of(message(text, buttons)), retryKey)) {
				delivered++;
			}
		}
		return delivered;
	}

	static Message message(String text, List<Button> buttons) {
		QuickReply quickReply = buttons.isEmpty() ? null
				: new QuickReply(buttons.stream()
					.map(button -> new QuickReplyItem(new PostbackAction.Builder().label(button.label())
						.data(button.data())
						.displayText(button.label())
						.build()))
					.toList());
		return new TextMessage(quickReply, null, text, null, null);
	}
}
