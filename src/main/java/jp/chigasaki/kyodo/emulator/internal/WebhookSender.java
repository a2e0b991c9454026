package jp.chigasaki.kyodo.emulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;


import com.linecorp.bot.parser.LineSignatureValidator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jp.chigasaki.kyodo.emulator.LocalChannel;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a webhook request to this service's own {@code /callback} over HTTP, signed like LINE signs it:
 * {@code x-line-signature} = Base64(HMAC-SHA256(channel secret, exact body bytes)).
 */
@Component
@Profile("local")
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final LocalChannel channel;
	private final JsonMapper json;
	private final Environment environment;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookSender(LocalChannel channel, JsonMapper json, Environment environment) {
		this.channel = channel;
		this.json = json;
		this.environment = environment;
	}

	/** The HTTP status {@code /callback} answered, or 0 when it could not be reached. */
	int send(ObjectNode body) {
		byte[] bytes = json.writeValueAsBytes(body);
		HttpRequest request = HttpRequest.newBuilder(callbackUri())
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("x-line-signature", sign(channel.secret(), bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			log.info("Emulator: webhook with {} event(s) answered {}", body.path("events").size(), status);
			return status;
		}
		catch (IOException ex) {
			log.warn("Emulator: /callback could not be reached: {}", ex.getClass().getSimpleName());
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** {@code x-line-signature} as LINE computes it, by the SDK that also verifies it on {@code /callback}. */
	static String sign(String secret, byte[] body) {
		byte[] mac = new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8)).generateSignature(body);
		return Base64.getEncoder().encodeToString(mac);
	}

	private URI callbackUri() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return URI.create("http://localhost:" + port + "/callback");
	}
}
