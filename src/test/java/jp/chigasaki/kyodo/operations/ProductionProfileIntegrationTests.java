package jp.chigasaki.kyodo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/**
 * The {@code prod} profile behind an HTTPS proxy, over real HTTP: secure session cookie and HSTS once the proxy says
 * {@code X-Forwarded-Proto: https}, a Content-Security-Policy without inline script, Prometheus behind its bearer
 * token, health open, {@code /} leading to the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kyodo.line.channel-secret=test-channel-secret-0123456789ab", "kyodo.line.channel-token=test-token",
		"kyodo.line.api-base-url=http://127.0.0.1:9", "kyodo.operations.prometheus-token=" + ProductionProfileIntegrationTests.TOKEN,
		"spring.data.redis.host=127.0.0.1", "kyodo.knowledge.faq-dir=src/test/resources/knowledge/valid/faq",
		"kyodo.knowledge.intents-dir=src/test/resources/knowledge/valid/intents",
		"kyodo.console.accounts[0].username=city", "kyodo.console.accounts[0].role=CITY_COORDINATOR",
		"kyodo.console.accounts[0].password={bcrypt}$2a$04$qKEffAbxWUPcN/sBGEHa5OdWBnOu2uH2Hzw8yDGZKScWU6vae.E.e" })
@ActiveProfiles("prod")
class ProductionProfileIntegrationTests {

	static final String TOKEN = "scrape-token-0123456789";
	private static final LocalRedisServer REDIS = LocalRedisServer
		.start(Path.of("target/redis/prod-" + UUID.randomUUID()), 0);

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.port", REDIS::port);
	}

	@AfterAll
	static void stopRedis() {
		REDIS.stop();
	}

	@Test
	void theSessionCookieIsSecureAndHstsIsSentBehindAnHttpsProxy() throws Exception {
		HttpResponse<String> page = get("/console/login", "X-Forwarded-Proto", "https");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie) // Spring Session's cookie, shared by all instances
			.startsWith("SESSION=")
			.contains("; Secure")
			.contains("; HttpOnly"));
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void everyPageCarriesAPolicyThatForbidsInlineScript() throws Exception {
		HttpResponse<String> page = get("/console/login");

		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'");
		assertThat(policy.replaceAll(".*script-src ([^;]*).*", "$1")).isEqualTo("'self'");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain(" onclick=");
	}

	@Test
	void prometheusNeedsTheBearerTokenAndHealthIsOpen() throws Exception {
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus").headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"prometheus\"");
		assertThat(get("/actuator/prometheus", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
		HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", "Bearer " + TOKEN);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env").statusCode()).isIn(401, 403, 404);
	}

	@Test
	void theRootLeadsToTheConsole() throws Exception {
		HttpResponse<String> root = get("/");

		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
	}

	@Test
	void theRootLeadsToTheEmulatorInTheLocalRun() {
		MockEnvironment local = new MockEnvironment();
		local.setActiveProfiles("local");

		assertThat(new RootRedirect(local).root()).isEqualTo("redirect:/emulator");
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
