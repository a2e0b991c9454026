package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Turn;
import tools.jackson.databind.JsonNode;

class ConversationIntegrationTests extends WebhookTestBase {

	@Autowired
	MeterRegistry meters;

	@Test
	void ignoresGroupMessagesThatDoNotAddressTheBot() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.groupSource("Cconv0001", "Uconv0001"), "rt-g1",
				"今日の会議は何時からでしたっけ")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertNothingSent();
	}

	@Test
	void answersInTheGroupWhenMentionedWithTheMentionCutOff() {
		send(Webhooks.batch(Webhooks.mentioningText(Webhooks.newEventId(), Webhooks.groupSource("Cconv0002", "Uconv0002"),
				"rt-g2", "@協働コンシェルジュ げんき基金について", 10)));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:げんき基金について:member:misses=0");
		assertThat(bodies(REPLY)).extracting(body -> body.get("replyToken").asString()).containsExactly("rt-g2");
	}

	@Test
	void answersInTheGroupWhenAddressedByThePrefix() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.groupSource("Cconv0003", "Uconv0003"), "rt-g3",
				"コンシェルジュ、サポセンの場所は")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:サポセンの場所は:member:misses=0");
	}

	@Test
	void keepsStateForEachConversationSeparatelyInRedis() {
		String user = Webhooks.userSource("Uconv0004");
		String group = Webhooks.groupSource("Cconv0004", "Uconv0004");

		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-s1", "わからない")));
		awaitWorkersIdle();
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), group, "rt-s2", "コンシェルジュ わからない")));
		awaitWorkersIdle();
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-s3", "わからない")));
		awaitWorkersIdle();

		assertThat(dialogue.calls).containsExactly("answer:わからない:member:misses=0",
				"answer:わからない:member:misses=0", "answer:わからない:member:misses=1");
		String userKey = DialogueStateStore.key(ChatRef.user("Uconv0004"));
		assertThat(redis.getExpire(userKey)).isPositive();
		assertThat(redis.opsForValue().get(userKey)).contains("\"misses\":2");
		assertThat(handoff.calls).containsExactly("escalate:USER:REPEATED_MISSES");
		assertThat(sentTexts(REPLY)).endsWith("担当者におつなぎします");
	}

	@Test
	void givesStaffTheStaffAudience() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(STAFF), "rt-st", "庁内の手続き")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:庁内の手続き:staff:misses=0");
	}

	@Test
	void escalatesWhenTheUserAsksForAHumanAndSendsTheHandoffReplyInstead() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0005"), "rt-h", "人と話したい")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("escalate:USER:ASKED_FOR_HUMAN");
		assertThat(sentTexts(REPLY)).containsExactly("担当者におつなぎします");
		assertThat(handoff.turns).extracting(Turn::speaker, Turn::text)
			.containsExactly(tuple(Turn.Speaker.USER, "人と話したい"),
					tuple(Turn.Speaker.BOT, "担当者におつなぎします"));
	}

	@Test
	void escalatesWithTheTriggerTheDialogueGives() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0017"), "rt-weak", "弱い質問")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("escalate:USER:LOW_CONFIDENCE");
	}

	@Test
	void staysSilentWhileACoordinatorOwnsTheConversation() {
		handoff.humanMode.add("Uconv0006");

		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0006"), "rt-hm", "まだですか")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("intercepted:まだですか");
		assertThat(dialogue.calls).isEmpty();
		assertThat(requests(REPLY)).isEmpty();
		assertThat(requests(LOADING)).isEmpty();
	}

	@Test
	void rendersTextWithQuickRepliesOnTheLastMessageAndADepartmentAsAFlexCard() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0007"), "rt-card", "窓口は")));

		awaitWorkersIdle();
		JsonNode messages = bodies(REPLY).get(0).get("messages");
		assertThat(messages.size()).isEqualTo(2);
		assertThat(messages.get(0).get("type").asString()).isEqualTo("text");
		assertThat(messages.get(0).has("quickReply")).isFalse();
		JsonNode card = messages.get(1);
		assertThat(card.get("type").asString()).isEqualTo("flex");
		assertThat(card.get("altText").asString()).startsWith("市民自治推進課（企画部）");
		assertThat(card.toString()).contains("\"uri\":\"tel:0467-82-1111\"", "https://www.city.chigasaki.kanagawa.jp/");
		assertThat(card.get("quickReply").get("items").get(0).get("action").get("type").asString()).isEqualTo("message");
	}

	@Test
	void greetsANewFriendWithQuickReplies() {
		send(Webhooks.batch(Webhooks.follow(Webhooks.newEventId(), Webhooks.userSource("Uconv0008"), "rt-follow")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("welcome:member");
		JsonNode message = bodies(REPLY).get(0).get("messages").get(0);
		assertThat(message.get("text").asString()).isEqualTo("ようこそ");
		JsonNode action = message.get("quickReply").get("items").get(0).get("action");
		assertThat(action.get("type").asString()).isEqualTo("postback");
		assertThat(action.get("data").asString()).isEqualTo("dlg:menu");
	}

	@Test
	void introducesItselfWithThePrefixWhenJoiningAGroup() {
		send(Webhooks.batch(Webhooks.join(Webhooks.newEventId(), Webhooks.groupSource("Cconv0009", null), "rt-join")));

		awaitWorkersIdle();
		assertThat(sentTexts(REPLY)).containsExactly("「コンシェルジュ」で呼んでください");
	}

	@Test
	void asksForTextWhenSentASticker() {
		send(Webhooks.batch(Webhooks.sticker(Webhooks.newEventId(), Webhooks.userSource("Uconv0010"), "rt-sticker"),
				Webhooks.sticker(Webhooks.newEventId(), Webhooks.groupSource("Cconv0010", "Uconv0010"), "rt-gsticker")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("nonText:member");
		assertThat(sentTexts(REPLY)).containsExactly("文字で送ってください");
	}

	@Test
	void handsDialoguePostbacksToTheDialogueAndCountsThem() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0011"), "rt-pb",
				"dlg:feedback=up&faq=faq-1")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("postback:dlg:feedback=up&faq=faq-1:member");
		assertThat(sentTexts(REPLY)).containsExactly("メニューです");
		assertThat(meters.counter("kyodo.line.postbacks", "action", "feedback").count()).isPositive();
		assertThat(meters.counter("kyodo.line.feedback", "vote", "up", "faq", "faq-1").count()).isPositive();
	}

	@Test
	void escalatesNoneOfTheseAsNoneMatched() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0012"), "rt-none",
				"dlg:none")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("escalate:USER:NONE_MATCHED");
		assertThat(sentTexts(REPLY)).containsExactly("担当者におつなぎします");
	}

	@Test
	void escalatesTheWeakMatchOfferAsLowConfidenceAndTheHumanButtonAsAskedForHuman() {
		String user = Webhooks.userSource("Uconv0016");
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), user, "rt-low", "dlg:human=low"),
				Webhooks.postback(Webhooks.newEventId(), user, "rt-human", "dlg:human")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("escalate:USER:LOW_CONFIDENCE", "escalate:USER:ASKED_FOR_HUMAN");
	}

	@Test
	void handsEscalationPostbacksToTheHandoff() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.groupSource("Cconv0013", "Uconv0013"),
				"rt-esc", "esc:claim:T-1")));

		awaitWorkersIdle();
		assertThat(handoff.calls).containsExactly("postback:esc:claim:T-1");
		assertThat(dialogue.calls).isEmpty();
		assertThat(sentTexts(REPLY)).containsExactly("担当者が対応します");
	}

	@Test
	void forgetsTheConversationOnUnfollowAndLeave() {
		String user = Webhooks.userSource("Uconv0014");
		String group = Webhooks.groupSource("Cconv0014", "Uconv0014");
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-u1", "協働とは"),
				Webhooks.text(Webhooks.newEventId(), group, "rt-u2", "コンシェルジュ 協働とは")));
		awaitWorkersIdle();
		String userKey = DialogueStateStore.key(ChatRef.user("Uconv0014"));
		String groupKey = DialogueStateStore.key(new ChatRef(ChatRef.Type.GROUP, "Cconv0014", null));
		assertThat(redis.hasKey(userKey)).isTrue();
		assertThat(redis.hasKey(groupKey)).isTrue();

		send(Webhooks.batch(Webhooks.unfollow(Webhooks.newEventId(), user), Webhooks.leave(Webhooks.newEventId(),
				Webhooks.groupSource("Cconv0014", null))));
		awaitWorkersIdle();

		assertThat(redis.hasKey(userKey)).isFalse();
		assertThat(redis.hasKey(groupKey)).isFalse();
		assertThat(handoff.calls).containsExactlyInAnyOrder("forget:USER", "forget:GROUP");
	}

	@Test
	void unsendForgetsThatMessageInTheHandoffAndSendsNothing() {
		var response = send(Webhooks.batch(Webhooks.unsend(Webhooks.newEventId(), Webhooks.userSource("Uconv0015"),
				"325708")));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertThat(handoff.calls).containsExactly("forgetMessage:USER:325708");
		assertNothingSent();
	}

	@Test
	void recordsTheUserTurnWithItsLineMessageIdSoThatUnsendCanFindIt() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0016"), "rt-m", "人と話したい")));

		awaitWorkersIdle();
		assertThat(handoff.turns).filteredOn(turn -> turn.speaker() == Turn.Speaker.USER)
			.singleElement()
			.satisfies(turn -> assertThat(turn.messageId()).isNotBlank());
	}
}
