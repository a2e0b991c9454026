package jp.chigasaki.kyodo.line;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Posts webhooks to the running service as LINE does, signed over the exact bytes sent. */
final class WebhookClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;
	private final String secret;

	WebhookClient(int port, String secret) {
		this.port = port;
		this.secret = secret;
	}

	HttpResponse<String> send(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return send(bytes, Webhooks.sign(secret, bytes));
	}

	HttpResponse<String> send(byte[] body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(callback())
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("x-line-signature", signature);
		}
		return exchange(request.build());
	}

	HttpResponse<String> exchange(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI callback() {
		return URI.create("http://127.0.0.1:" + port + "/callback");
	}
}
