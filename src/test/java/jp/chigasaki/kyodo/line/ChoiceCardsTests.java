package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.PostbackAction;

import jp.chigasaki.kyodo.dialogue.ReplyMessage.Choices;

/** Choices become a Flex carousel in which every choice is a button, however many there are. */
class ChoiceCardsTests {

	@Test
	void sixteenChoicesBecomeFourBubblesOfButtonsThatShowTheirLabel() {
		List<Choices.Choice> all = IntStream.rangeClosed(1, 16)
			.mapToObj(i -> new Choices.Choice("項目" + i, "dlg:faq=item-" + i))
			.toList();

		FlexCarousel carousel = ChoiceCards.carousel(new Choices("できることメニュー", all));

		assertThat(carousel.contents()).hasSize(4);
		assertThat(carousel.contents().get(3).header().contents().get(0)).hasFieldOrPropertyWithValue("text",
				"できることメニュー（4/4）");
		List<PostbackAction> actions = carousel.contents().stream().flatMap(ChoiceCardsTests::actions).toList();
		assertThat(actions).map(PostbackAction::data)
			.containsExactlyElementsOf(all.stream().map(Choices.Choice::postbackData).toList());
		assertThat(actions).allSatisfy(action -> assertThat(action.displayText()).isEqualTo(action.label()));
	}

	@Test
	void aReplyWithChoicesIsAFlexMessageWhoseAltTextNamesEveryChoice() {
		var reply = new jp.chigasaki.kyodo.dialogue.Reply(jp.chigasaki.kyodo.dialogue.Decision.MENU, null, null, null,
				1, List.of(new Choices("メニュー", List.of(new Choices.Choice("共催", "dlg:faq=menu-kyosai")))), List.of(),
				List.of(), jp.chigasaki.kyodo.dialogue.ConversationState.NEW);

		FlexMessage message = (FlexMessage) LineMessages.of(reply).get(0);

		assertThat(message.altText()).isEqualTo("メニュー\n・共催");
		assertThat(message.contents()).isInstanceOf(FlexCarousel.class);
	}

	private static java.util.stream.Stream<PostbackAction> actions(FlexBubble bubble) {
		return ((FlexBox) bubble.body()).contents()
			.stream()
			.map(c -> (PostbackAction) ((FlexButton) c).action());
	}
}
