package jp.chigasaki.kyodo.dialogue;

import static jp.chigasaki.kyodo.dialogue.Replies.labels;
import static jp.chigasaki.kyodo.dialogue.Replies.policy;
import static jp.chigasaki.kyodo.dialogue.Replies.postbacks;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.AMOUNT;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.ELIGIBILITY;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.KOEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.chigasaki.kyodo.knowledge.Audience;

/** Buttons and the events that are not text: follow, join, stickers and images. */
class DialoguePostbackTests {

	private final ScriptedClassifier classifier = new ScriptedClassifier();
	private final DialoguePolicy policy = policy(classifier);
	private final ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);

	@Test
	void answersTheCandidateChosenAfterAClarify() {
		Reply reply = policy.postback("dlg:faq=" + ELIGIBILITY, Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(ELIGIBILITY);
		assertThat(reply.confidence()).isEqualTo(1.0);
		assertThat(reply.next()).isEqualTo(new ConversationState(List.of(), 0, ELIGIBILITY, "shimin-jichi-kyodo"));
	}

	@Test
	void answersAMenuItemChosenFromTheMenu() {
		Reply reply = policy.postback("dlg:faq=" + KOEN, Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.faqId()).isEqualTo(KOEN);
		assertThat(reply.text()).contains("【後援】");
	}

	@Test
	void handsOverWhenNoneOfTheCandidatesFits() {
		Reply reply = policy.postback("dlg:none", Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(reply.handoff()).isEqualTo(Reply.Handoff.NONE_MATCHED);
		assertThat(reply.next().offered()).isEmpty();
	}

	@Test
	void handsOverWhenTheCoordinatorButtonIsTapped() {
		Reply asked = policy.postback("dlg:human", Audience.MEMBER, ConversationState.NEW);
		Reply afterMiss = policy.postback("dlg:human=low", Audience.MEMBER, new ConversationState(List.of(), 1, null));

		assertThat(asked.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(asked.handoff()).isEqualTo(Reply.Handoff.ASKED_FOR_HUMAN);
		assertThat(afterMiss.handoff()).isEqualTo(Reply.Handoff.LOW_CONFIDENCE);
		assertThat(afterMiss.next().misses()).isZero();
	}

	@Test
	void showsTheMenusFromTheirButtons() {
		Reply menu = policy.postback("dlg:menu", Audience.MEMBER, afterClarify);
		Reply possible = policy.postback("dlg:possible", Audience.MEMBER, ConversationState.NEW);

		assertThat(menu.decision()).isEqualTo(Decision.MENU);
		assertThat(menu.next().offered()).isEmpty();
		assertThat(possible.decision()).isEqualTo(Decision.MENU);
		assertThat(postbacks(possible)).contains("dlg:faq=menu-kyosai", "dlg:faq=menu-koen");
	}

	@Test
	void topicButtonsAskTheirQuestionThroughTheEngine() {
		classifier.when("市民活動げんき基金について教えてください", ScriptedClassifier.answer(AMOUNT, 0.9));
		String data = policy.postback("dlg:menu", Audience.MEMBER, ConversationState.NEW)
			.quickReplies()
			.stream()
			.filter(q -> q.label().equals("げんき基金"))
			.findFirst()
			.orElseThrow()
			.postbackData();

		Reply reply = policy.postback(data, Audience.MEMBER, ConversationState.NEW);

		assertThat(classifier.asked).containsExactly("市民活動げんき基金について教えてください");
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
	}

	@Test
	void thanksForFeedbackAndOffersACoordinatorAfterABadAnswer() {
		Reply up = policy.postback("dlg:feedback=up&faq=" + AMOUNT, Audience.MEMBER, ConversationState.NEW);
		Reply down = policy.postback("dlg:feedback=down&faq=" + AMOUNT, Audience.MEMBER, ConversationState.NEW);

		assertThat(up.decision()).isEqualTo(Decision.GREETING);
		assertThat(up.faqId()).isEqualTo(AMOUNT);
		assertThat(up.text()).contains("ありがとうございます");
		assertThat(down.text()).contains("申し訳ありません");
		assertThat(postbacks(down)).contains("dlg:human=low");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "dlg:", "dlg:faq", "dlg:faq=", "dlg:faq=no-such-entry", "dlg:faq=staff-kyodo-procedure",
			"dlg:feedback=maybe&faq=x", "dlg:&", "dlg:&&&", "dlg:feedback", "dlg:&&&===", "dlg:=faq", "esc:claim=1", "faq=genki-kikin-amount",
			"DLG:MENU", "dlg:faq=../../etc/passwd", "dlg:ask=", "dlg:\u0000\uD800" })
	void answersForgedOrUnknownPostbackDataWithThePoliteMenu(String data) {
		Reply reply = policy.postback(data, Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.text()).doesNotContain(TestKnowledge.STAFF_ANSWER);
		assertThat(labels(reply)).contains("できることメニュー", "担当者に相談");
	}

	@Test
	void answersOverlongPostbackDataWithThePoliteMenu() {
		Reply reply = policy.postback("dlg:faq=" + "a".repeat(10_000), Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
	}

	@Test
	void welcomesNewFriendsWithWhatItCanDo() {
		Reply reply = policy.welcome(Audience.MEMBER);

		assertThat(reply.decision()).isEqualTo(Decision.GREETING);
		assertThat(reply.text()).startsWith("友だち追加ありがとうございます。").contains("協働", "できることメニュー", "担当者");
		assertThat(labels(reply)).contains("協働とは？", "できることメニュー", "どこに相談？", "げんき基金", "サポセン", "担当者に相談");
	}

	@Test
	void introducesItselfInAGroupSayingHowToAddressIt() {
		Reply withPrefix = policy.joined("コンシェルジュ");
		Reply mentionOnly = policy.joined(" ");

		assertThat(withPrefix.decision()).isEqualTo(Decision.GREETING);
		assertThat(withPrefix.text()).contains("メンション", "「コンシェルジュ」で始めて");
		assertThat(mentionOnly.text()).contains("メンション").doesNotContain("で始めて");
		assertThat(policy.joined(null).text()).contains("メンション");
	}

	@Test
	void asksForTextWhenSentAStickerOrAnImage() {
		Reply reply = policy.nonText(Audience.MEMBER);

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.text()).contains("文字で送ってください");
		assertThat(labels(reply)).contains("できることメニュー");
	}

	@Test
	void asksForAQuestionWhenTheMessageIsBlank() {
		Reply reply = policy.answer(" \u3000\n", Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.text()).contains("ご質問を文章で送ってください");
		assertThat(classifier.asked).isEmpty();
	}
}
