package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import jp.chigasaki.kyodo.conversation.ConversationOwner;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.EscalationQueue;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.Turn;
import tools.jackson.databind.JsonNode;

/** What a webhook event leads to, through the real conversation owner and real tickets, with a recording dialogue. */
class ConversationIntegrationTests extends WebhookTestBase {

	private static final Coordinator ADMIN = new Coordinator("admin", "admin", Set.of(Ticket.Queue.values()), true);

	@Autowired
	ConversationOwner owner;

	@Autowired
	EscalationQueue queue;

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
		String userKey = recordKey(ChatRef.user("Uconv0004"));
		assertThat(userKey).doesNotContain("Uconv0004");
		assertThat(redis.getExpire(userKey)).isPositive();
		assertThat((String) redis.opsForHash().get(userKey, "json")).contains("\"misses\":2", "\"mode\":\"INTAKE\"",
				"REPEATED_MISSES");
		assertThat(sentTexts(REPLY)).last().asString().contains("① ご相談の分野");
	}

	@Test
	void givesStaffTheStaffAudience() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(STAFF), "rt-st", "庁内の手続き")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:庁内の手続き:staff:misses=0");
	}

	@Test
	void escalatesWhenTheUserAsksForAHumanAndAsksTheIntakeInstead() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0005"), "rt-h", "人と話したい")));

		awaitWorkersIdle();
		assertThat(sentTexts(REPLY)).singleElement().asString().contains("担当者におつなぎします", "① ご相談の分野");
		Ticket ticket = skipToTicket("Uconv0005");
		assertThat(ticket.trigger()).isEqualTo(EscalationTrigger.ASKED_FOR_HUMAN);
		assertThat(queue.transcript(ticket.id(), ADMIN)).extracting(Turn::speaker, Turn::text)
			.startsWith(tuple(Turn.Speaker.USER, "人と話したい"), tuple(Turn.Speaker.BOT, "おつなぎします"));
	}

	@Test
	void escalatesWithTheTriggerTheDialogueGives() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0017"), "rt-weak", "弱い質問")));

		awaitWorkersIdle();
		assertThat(skipToTicket("Uconv0017").trigger()).isEqualTo(EscalationTrigger.LOW_CONFIDENCE);
	}

	@Test
	void staysSilentWhileACoordinatorOwnsTheConversation() {
		Ticket ticket = openTicket("Uconv0006");
		LineStandIn.reset();
		dialogue.reset();

		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0006"), "rt-hm", "まだですか")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertThat(requests(REPLY)).isEmpty();
		assertThat(requests(LOADING)).isEmpty();
		assertThat(queue.transcript(ticket.id(), ADMIN)).extracting(Turn::text).contains("まだですか");
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
	void handsDialoguePostbacksToTheDialogue() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0011"), "rt-pb",
				"dlg:feedback=up&faq=faq-1")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("postback:dlg:feedback=up&faq=faq-1:member");
		assertThat(sentTexts(REPLY)).containsExactly("メニューです");
	}

	@Test
	void escalatesNoneOfTheseAsNoneMatchedWhileCandidatesAreOffered() {
		ChatRef chat = ChatRef.user("Uconv0012");
		String key = recordKey(chat);
		redis.opsForHash().putAll(key, java.util.Map.of("v", "1", "json", "{\"mode\":\"BOT\",\"dialogue\":{\"offered\":"
				+ "[\"faq-1\",\"faq-2\"],\"misses\":0},\"dialogueAt\":\"" + java.time.Instant.now() + "\"}"));
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0012"), "rt-none",
				"dlg:none")));

		awaitWorkersIdle();
		assertThat(skipToTicket("Uconv0012").trigger()).isEqualTo(EscalationTrigger.NONE_MATCHED);
	}

	@Test
	void escalatesTheWeakMatchOfferAsLowConfidenceAndTheHumanButtonAsAskedForHuman() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0016"), "rt-low",
				"dlg:human=low")));
		awaitWorkersIdle();
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Uconv0018"), "rt-human",
				"dlg:human")));
		awaitWorkersIdle();

		assertThat(skipToTicket("Uconv0016").trigger()).isEqualTo(EscalationTrigger.LOW_CONFIDENCE);
		assertThat(skipToTicket("Uconv0018").trigger()).isEqualTo(EscalationTrigger.ASKED_FOR_HUMAN);
	}

	@Test
	void answersACoordinatorGroupButtonOutsideTheCoordinatorGroupWithoutTheDialogue() {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.groupSource("Cconv0013", "Uconv0013"),
				"rt-esc", "esc:claim:1")));

		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertThat(sentTexts(REPLY)).containsExactly("この操作は担当者グループでのみ使えます。");
	}

	@Test
	void forgetsTheConversationOnUnfollowAndLeave() {
		String user = Webhooks.userSource("Uconv0014");
		String group = Webhooks.groupSource("Cconv0014", "Uconv0014");
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-u1", "協働とは"),
				Webhooks.text(Webhooks.newEventId(), group, "rt-u2", "コンシェルジュ 協働とは")));
		awaitWorkersIdle();
		String userKey = recordKey(ChatRef.user("Uconv0014"));
		String groupKey = recordKey(new ChatRef(ChatRef.Type.GROUP, "Cconv0014", null));
		assertThat(redis.hasKey(userKey)).isTrue();
		assertThat(redis.hasKey(groupKey)).isTrue();

		send(Webhooks.batch(Webhooks.unfollow(Webhooks.newEventId(), user), Webhooks.leave(Webhooks.newEventId(),
				Webhooks.groupSource("Cconv0014", null))));
		awaitWorkersIdle();

		assertThat(redis.hasKey(userKey)).isFalse();
		assertThat(redis.hasKey(groupKey)).isFalse();
	}

	@Test
	void unsendForgetsThatMessageAndSendsNothing() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Uconv0015"), "rt-m1", "取り消す質問")));
		awaitWorkersIdle();
		LineStandIn.reset();
		String messageId = Webhooks.lastMessageId();
		assertThat((String) redis.opsForHash().get(recordKey(ChatRef.user("Uconv0015")), "json")).contains("取り消す質問");

		var response = send(Webhooks.batch(Webhooks.unsend(Webhooks.newEventId(), Webhooks.userSource("Uconv0015"),
				messageId)));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat((String) redis.opsForHash().get(recordKey(ChatRef.user("Uconv0015")), "json"))
			.doesNotContain("取り消す質問");
		assertNothingSent();
	}

	private String recordKey(ChatRef chat) {
		return "kyodo:{c:" + owner.conversationKey(chat) + "}:conversation";
	}

	/** Opens a ticket for the user through the webhook: 「担当者に相談」 and 「すぐに担当者へ」. */
	private Ticket openTicket(String userId) {
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource(userId), "rt-o1", "dlg:human")));
		awaitWorkersIdle();
		return skipToTicket(userId);
	}

	/** Taps 「すぐに担当者へ」 in a running intake and finds the ticket the acknowledgement names. */
	private Ticket skipToTicket(String userId) {
		LineStandIn.reset();
		send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource(userId), "rt-skip", "esc:skip")));
		awaitWorkersIdle();
		String ack = sentTexts(REPLY).get(0);
		return queue.find(Long.parseLong(ack.replaceAll("(?s).*受付番号は #(\\d+) です.*", "$1")), ADMIN);
	}
}
