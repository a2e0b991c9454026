package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests extends WebhookTestBase {

	private static final String MARKER = "PRIVATE-MARKER-7c1e";

	@Test
	void neverLogsMessageTextIdsOrTokens(CapturedOutput output) {
		String user = "U" + MARKER + "-user";
		String failingEvent = Webhooks.newEventId();
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(user), "rt-" + MARKER, MARKER + " 協働とは"),
				Webhooks.mentioningText(Webhooks.newEventId(), Webhooks.groupSource("C" + MARKER, user), "rt2-" + MARKER,
						"@協働コンシェルジュ " + MARKER, 10),
				Webhooks.postback(failingEvent, Webhooks.userSource(user), "rt3-" + MARKER, "dlg:explode:" + MARKER),
				Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource(user), "rt4", "unknown:" + MARKER),
				Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(user), "rt5", "人と話したい " + MARKER)));
		byte[] forged = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(user), "rt6", MARKER))
			.getBytes(StandardCharsets.UTF_8);
		send(forged, Webhooks.sign("not-the-secret", forged));
		send("{\"events\":[\"" + MARKER);
		awaitWorkersIdle();

		assertThat(requests(REPLY)).hasSize(3);
		assertThat(output).contains(failingEvent).contains("Webhook refused with 400");
		assertThat(output).doesNotContain(MARKER).doesNotContain(SECRET).doesNotContain("test-channel-token");
	}
}
