package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.conversation.ConversationOwner;
import tools.jackson.databind.JsonNode;

/**
 * The webhook with every real part: dialogue policy and matching engine over the real knowledge files, the
 * conversation owner and the tickets in Redis. Only the Messaging API is stood in for. Checks that what the bot says reaches
 * LINE in a valid shape and that a hand-over runs through this layer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kyodo.local-redis.data-dir=target/redis/line-real-${random.uuid}",
				"kyodo.line.channel-secret=" + WebhookTestBase.SECRET, "kyodo.line.channel-token=test-channel-token" })
class EndToEndWebhookIntegrationTests {

	@Autowired
	Dialogue dialogue;

	@Autowired
	ConversationOwner owner;

	@Autowired
	InboxReader reader;

	@LocalServerPort
	int port;

	private WebhookClient client;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", LineStandIn.SERVER::baseUrl);
	}

	@BeforeEach
	void reset() {
		client = new WebhookClient(port, WebhookTestBase.SECRET);
		LineStandIn.reset();
	}

	private void awaitWorkersIdle() {
		WebhookTestBase.awaitIdle(reader);
	}

	@Test
	void runsWithTheRealDialogueAndConversationOwner() {
		assertThat(dialogue).isInstanceOf(DialoguePolicy.class);
		assertThat(owner.getClass()).isEqualTo(ConversationOwner.class);
	}

	@Test
	void welcomesANewFriendWithValidQuickReplies() {
		client.send(Webhooks.batch(Webhooks.follow(Webhooks.newEventId(), Webhooks.userSource("Ureal0001"), "rt-rf")));

		awaitWorkersIdle();
		JsonNode messages = LineStandIn.bodies(LineStandIn.REPLY).get(0).get("messages");
		assertValidForLine(messages);
		assertThat(messages.get(messages.size() - 1).get("quickReply").get("items").size()).isBetween(1, 13);
	}

	@Test
	void answersARealQuestionAndTakesTheFeedbackButtonBack() {
		client.send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ureal0002"), "rt-rq",
				"市民活動げんき基金の補助金の上限額はいくらですか")));
		awaitWorkersIdle();
		JsonNode messages = LineStandIn.bodies(LineStandIn.REPLY).get(0).get("messages");
		assertValidForLine(messages);
		List<String> postbacks = messages.get(messages.size() - 1)
			.get("quickReply")
			.get("items")
			.valueStream()
			.map(item -> item.get("action"))
			.filter(action -> action.get("type").asString().equals("postback"))
			.map(action -> action.get("data").asString())
			.toList();
		assertThat(postbacks).allMatch(data -> data.startsWith("dlg:") || data.startsWith("esc:"));
		assertThat(postbacks).isNotEmpty();

		client.send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Ureal0002"), "rt-rp",
				postbacks.get(0))));
		awaitWorkersIdle();
		assertThat(LineStandIn.requests(LineStandIn.REPLY)).hasSize(2);
	}

	@Test
	void handsARequestForAHumanToACoordinatorAndThenStaysSilent() {
		String user = Webhooks.userSource("Ureal0003");
		client.send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-rh1", "担当者と直接話したいです")));
		awaitWorkersIdle();
		JsonNode intake = LineStandIn.bodies(LineStandIn.REPLY).get(0).get("messages");
		assertValidForLine(intake);
		assertThat(intake.toString()).contains("\"data\":\"esc:skip\"");

		client.send(Webhooks.batch(Webhooks.postback(Webhooks.newEventId(), user, "rt-rh2", "esc:skip")));
		awaitWorkersIdle();
		List<JsonNode> replies = LineStandIn.bodies(LineStandIn.REPLY);
		assertThat(replies).hasSize(2);
		assertThat(replies.get(1).get("messages").get(0).get("text").asString()).contains("受付番号");

		int before = LineStandIn.requests(LineStandIn.REPLY).size();
		client.send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-rh3", "補足です。来週の会議の件です")));
		awaitWorkersIdle();
		assertThat(LineStandIn.requests(LineStandIn.REPLY)).hasSize(before);
	}

	@Test
	void answersAGroupOnlyWhenAddressed() {
		String group = Webhooks.groupSource("Creal0004", "Ureal0004");
		client.send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), group, "rt-rg1", "げんき基金って知ってる？"),
				Webhooks.join(Webhooks.newEventId(), group, "rt-rg2"),
				Webhooks.text(Webhooks.newEventId(), group, "rt-rg3", "コンシェルジュ げんき基金の締切は")));

		awaitWorkersIdle();
		assertThat(LineStandIn.bodies(LineStandIn.REPLY)).extracting(body -> body.get("replyToken").asString())
			.containsExactlyInAnyOrder("rt-rg2", "rt-rg3");
		assertThat(LineStandIn.sentTexts(LineStandIn.REPLY)).anyMatch(text -> text.contains("「コンシェルジュ」"));
	}

	private static void assertValidForLine(JsonNode messages) {
		assertThat(messages.size()).isBetween(1, 5);
		for (JsonNode message : messages) {
			if (message.get("type").asString().equals("text")) {
				assertThat(message.get("text").asString()).isNotBlank().hasSizeLessThanOrEqualTo(5000);
			}
			else {
				assertThat(message.get("type").asString()).isEqualTo("flex");
				assertThat(message.get("altText").asString()).isNotBlank().hasSizeLessThanOrEqualTo(400);
			}
		}
		for (int i = 0; i < messages.size() - 1; i++) {
			assertThat(messages.get(i).has("quickReply")).isFalse();
		}
	}
}
