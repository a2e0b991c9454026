package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;
import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenus;

/**
 * Every できることメニュー item can be tapped without quick replies, and every rich menu area of {@code richmenu/}
 * gets a real answer from the real dialogue, never the reply to an unknown button.
 */
class MenuReachTests {

	private static KnowledgeBase knowledge;
	private static DialoguePolicy policy;

	@BeforeAll
	static void buildTheEngineOnce() {
		knowledge = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		policy = new DialoguePolicy(() -> knowledge, MatchingEngine.create(knowledge, MatchingProperties.defaults()),
				DialogueProperties.defaults());
	}

	@Test
	void theMenuOfWhatIsPossibleOffersEveryItemAsAChoiceToTap() {
		Reply reply = policy.postback("dlg:possible", Audience.MEMBER, ConversationState.NEW);

		List<ReplyMessage.Choices> choices = reply.messages().stream()
			.filter(ReplyMessage.Choices.class::isInstance).map(ReplyMessage.Choices.class::cast).toList();
		assertThat(choices).hasSize(1);
		assertThat(choices.get(0).choices()).map(ReplyMessage.Choices.Choice::postbackData)
			.containsExactlyInAnyOrderElementsOf(knowledge.menu().stream().map(item -> "dlg:faq=" + item.id()).toList());
		assertThat(reply.quickReplies()).hasSizeLessThanOrEqualTo(5);
		assertThat(reply.text()).contains("・" + knowledge.menu().get(15).name());
		for (MenuItem item : knowledge.menu()) {
			Reply tapped = policy.postback("dlg:faq=" + item.id(), Audience.MEMBER, reply.next());
			assertThat(tapped.text()).as(item.id()).contains(item.name()).doesNotContain("その操作にはお応えできません");
		}
	}

	@Test
	void everyRichMenuAreaGetsARealReplyForItsViewers() {
		RichMenus menus = RichMenus.load(Path.of("richmenu"), knowledge, null);
		for (RichMenu menu : menus.all()) {
			Audience viewers = menu.shows() == RichMenu.Shows.STAFF ? Audience.STAFF : Audience.MEMBER;
			for (RichMenu.Area area : menu.areas()) {
				Reply reply;
				if (area.action() instanceof RichMenu.Action.Message message) {
					reply = policy.answer(message.text(), viewers, ConversationState.NEW);
				}
				else if (area.action() instanceof RichMenu.Action.Postback postback) {
					reply = policy.postback(postback.data(), viewers, ConversationState.NEW);
				}
				else {
					continue;
				}
				assertThat(reply.decision()).as(menu.id() + " / " + area.label())
					.isIn(Decision.ANSWER, Decision.MENU, Decision.ESCALATE, Decision.CLARIFY);
				assertThat(reply.text()).as(menu.id() + " / " + area.label())
					.doesNotContain("その操作にはお応えできませんでした");
			}
		}
	}
}
