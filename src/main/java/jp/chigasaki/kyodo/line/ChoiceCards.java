package jp.chigasaki.kyodo.line;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.PostbackAction;

import jp.chigasaki.kyodo.dialogue.ReplyMessage.Choices;

/**
 * Choices as a Flex carousel: bubbles of {@value #PER_BUBBLE} buttons (LINE allows 12 bubbles, so up to 60 choices),
 * each button a postback that shows its label as the user's message.
 */
final class ChoiceCards {

	static final int PER_BUBBLE = 5;
	static final int MAX_BUBBLES = 12;
	/** LINE's limit for the label of a Flex button. */
	static final int MAX_LABEL = 40;

	private ChoiceCards() {
	}

	static FlexCarousel carousel(Choices choices) {
		List<Choices.Choice> all = choices.choices();
		int pages = Math.min(MAX_BUBBLES, (all.size() + PER_BUBBLE - 1) / PER_BUBBLE);
		List<FlexBubble> bubbles = new ArrayList<>();
		for (int page = 0; page < pages; page++) {
			List<Choices.Choice> part = all.subList(page * PER_BUBBLE, Math.min(all.size(), (page + 1) * PER_BUBBLE));
			String title = pages == 1 ? choices.title() : choices.title() + "（" + (page + 1) + "/" + pages + "）";
			bubbles.add(bubble(title, part));
		}
		return new FlexCarousel(bubbles);
	}

	private static FlexBubble bubble(String title, List<Choices.Choice> part) {
		List<FlexComponent> buttons = new ArrayList<>();
		for (Choices.Choice choice : part) {
			String label = LineMessages.cut(choice.label(), MAX_LABEL);
			buttons.add(new FlexButton.Builder(new PostbackAction(label, choice.postbackData(), label, null, null, null))
				.style(FlexButton.Style.SECONDARY)
				.height(FlexButton.Height.SM)
				.build());
		}
		return new FlexBubble.Builder()
			.header(new FlexBox.Builder(FlexBox.Layout.VERTICAL,
					List.of(new FlexText.Builder().text(title).weight(FlexText.Weight.BOLD).wrap(true).build()))
				.build())
			.body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("sm").build())
			.build();
	}
}
