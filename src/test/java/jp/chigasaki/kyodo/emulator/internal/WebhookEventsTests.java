package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.linecorp.bot.parser.FixedSkipSignatureVerificationSupplier;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserMentionee;
import com.linecorp.bot.webhook.model.UserSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The emulator's webhooks, checked by the LINE SDK's own validator and parser (what {@code /callback} uses). */
class WebhookEventsTests {

	private static final String SECRET = "local-0123456789abcdef0123456789abcdef";

	private final JsonMapper json = JsonMapper.builder().build();
	private final WebhookEvents events = new WebhookEvents(json,
			Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
	private final WebhookParser parser = new WebhookParser(
			new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)),
			FixedSkipSignatureVerificationSupplier.of(false));

	@Test
	void theSignatureIsTheOneLineSignatureValidatorExpectsOverTheExactBytes() throws Exception {
		byte[] body = bytes(events.text(EmulatorChat.MEMBER, Persona.MEMBER, "げんき基金について教えて", "token-1"));

		String signature = WebhookSender.sign(SECRET, body);

		// An oracle independent of the SDK: LINE's documented Base64(HMAC-SHA256(channel secret, body)).
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(signature).isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(body)));
		LineSignatureValidator validator = new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8));
		assertThat(validator.validateSignature(body, signature)).isTrue();
		byte[] tampered = body.clone();
		tampered[tampered.length - 2] ^= 1;
		assertThat(validator.validateSignature(tampered, signature)).isFalse();
	}

	@Test
	void aOneToOneTextParsesAsAMessageEventFromTheMember() throws Exception {
		CallbackRequest request = parse(events.text(EmulatorChat.MEMBER, Persona.MEMBER, "サポセンの場所は？", "tok"));

		assertThat(request.destination()).isEqualTo(Persona.BOT.userId());
		MessageEvent event = (MessageEvent) request.events().get(0);
		assertThat(event.replyToken()).isEqualTo("tok");
		assertThat(event.webhookEventId()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(event.deliveryContext().isRedelivery()).isFalse();
		assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z").toEpochMilli());
		assertThat(((UserSource) event.source()).userId()).isEqualTo(Persona.MEMBER.userId());
		TextMessageContent text = (TextMessageContent) event.message();
		assertThat(text.text()).isEqualTo("サポセンの場所は？");
		assertThat(text.id()).isNotBlank();
		assertThat(text.quoteToken()).isNotBlank();
		assertThat(text.mention()).isNull();
	}

	@Test
	void mentioningTheBotInAGroupAddsASelfMentionAtItsPosition() throws Exception {
		String text = "みなさん " + WebhookEvents.MENTION + " 補助金の締切は？";

		MessageEvent event = (MessageEvent) parse(events.text(EmulatorChat.GROUP, Persona.SUZUKI, text, "t"))
			.events().get(0);

		GroupSource source = (GroupSource) event.source();
		assertThat(source.groupId()).isEqualTo(EmulatorChat.GROUP.chatId()).startsWith("C");
		assertThat(source.userId()).isEqualTo(Persona.SUZUKI.userId());
		UserMentionee mentionee = (UserMentionee) ((TextMessageContent) event.message()).mention().mentionees().get(0);
		assertThat(mentionee.isSelf()).isTrue();
		assertThat(mentionee.userId()).isEqualTo(Persona.BOT.userId());
		assertThat(text.substring(mentionee.index(), mentionee.index() + mentionee.length()))
			.isEqualTo("@協働コンシェルジュ");
	}

	@Test
	void postbackFollowUnfollowJoinAndStickerParseAsTheirEventTypes() throws Exception {
		List<ObjectNode> all = List.of(events.postback(EmulatorChat.STAFF, Persona.STAFF, "dlg:faq=x", "a"),
				events.follow(EmulatorChat.MEMBER, "b"), events.plain("unfollow", EmulatorChat.MEMBER, null),
				events.plain("join", EmulatorChat.GROUP, "c"), events.sticker(EmulatorChat.MEMBER, Persona.MEMBER, "d"));

		CallbackRequest request = parse(events.body(all));

		assertThat(request.events()).hasSize(5);
		assertThat(((PostbackEvent) request.events().get(0)).postback().data()).isEqualTo("dlg:faq=x");
		assertThat(((UserSource) request.events().get(0).source()).userId()).isEqualTo(Persona.STAFF.userId());
		assertThat(request.events().get(1)).isInstanceOf(FollowEvent.class);
		assertThat(request.events().get(2)).isInstanceOf(UnfollowEvent.class);
		assertThat(((JoinEvent) request.events().get(3)).replyToken()).isEqualTo("c");
		assertThat(((MessageEvent) request.events().get(4)).message()).isInstanceOf(StickerMessageContent.class);
	}

	private CallbackRequest parse(ObjectNode eventOrBody) throws java.io.IOException, WebhookParseException {
		byte[] body = eventOrBody.has("events") ? json.writeValueAsBytes(eventOrBody) : bytes(eventOrBody);
		return parser.handle(WebhookSender.sign(SECRET, body), body);
	}

	private byte[] bytes(ObjectNode event) {
		return json.writeValueAsBytes(events.body(List.of(event)));
	}
}
