package jp.chigasaki.kyodo.line;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.URIAction;

import jp.chigasaki.kyodo.dialogue.ReplyMessage.DepartmentCard;

/** A department as a Flex bubble: name, what it handles, and buttons to call it and to open its web page. */
final class DepartmentCards {

	/** The dialable part of a phone field such as 「0467-82-1111（内線 123）」. */
	private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9][0-9-]{5,}[0-9]");

	private DepartmentCards() {
	}

	static FlexBubble bubble(DepartmentCard card) {
		List<FlexComponent> body = new ArrayList<>();
		body.add(text(card.name(), "lg", true));
		if (card.parent() != null) {
			body.add(text(card.parent(), "xs", false));
		}
		if (!card.handles().isEmpty()) {
			body.add(text("担当: " + String.join("、", card.handles()), "sm", false));
		}
		if (card.phone() != null) {
			body.add(text("電話: " + card.phone(), "sm", false));
		}
		if (card.floor() != null) {
			body.add(text("場所: " + card.floor(), "sm", false));
		}
		if (card.note() != null) {
			body.add(text(card.note(), "xs", false));
		}
		FlexBubble.Builder bubble = new FlexBubble.Builder().body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body)
			.spacing("sm")
			.build());
		List<FlexComponent> buttons = buttons(card);
		if (!buttons.isEmpty()) {
			bubble.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("sm").build());
		}
		return bubble.build();
	}

	private static List<FlexComponent> buttons(DepartmentCard card) {
		List<FlexComponent> buttons = new ArrayList<>();
		telephone(card.phone()).ifPresent(uri -> buttons.add(button("電話する", uri, FlexButton.Style.PRIMARY)));
		webPage(card.web()).ifPresent(uri -> buttons.add(button("ウェブページを見る", uri, FlexButton.Style.LINK)));
		return buttons;
	}

	static Optional<URI> webPage(String web) {
		if (web == null || !(web.startsWith("https://") || web.startsWith("http://"))) {
			return Optional.empty();
		}
		try {
			return Optional.of(URI.create(web.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<URI> telephone(String phone) {
		if (phone == null) {
			return Optional.empty();
		}
		Matcher matcher = DIALABLE.matcher(phone);
		return matcher.find() ? Optional.of(URI.create("tel:" + matcher.group())) : Optional.empty();
	}

	private static FlexText text(String value, String size, boolean bold) {
		return new FlexText.Builder().text(value)
			.size(size)
			.wrap(true)
			.weight(bold ? FlexText.Weight.BOLD : FlexText.Weight.REGULAR)
			.build();
	}

	private static FlexButton button(String label, URI uri, FlexButton.Style style) {
		return new FlexButton.Builder(new URIAction(label, uri, null)).style(style).height(FlexButton.Height.SM).build();
	}
}
