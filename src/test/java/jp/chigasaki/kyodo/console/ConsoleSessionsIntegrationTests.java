package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.KyodoConciergeApplication;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/**
 * Two instances of the service on one Redis: a coordinator signs in on one, and the same session cookie works on the
 * other (no sticky sessions), through the session Spring Session keeps in Redis with a TTL.
 */
class ConsoleSessionsIntegrationTests extends EscalationTestContext {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	LocalRedisServer redisServer;

	@Autowired
	StringRedisTemplate redis;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void aCoordinatorSignedInOnOneInstanceIsSignedInOnAnother() throws Exception {
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KyodoConciergeApplication.class).run(
				"--server.port=0", "--spring.data.redis.host=127.0.0.1",
				"--spring.data.redis.port=" + redisServer.port(), "--kyodo.line.channel-secret=other-secret",
				"--kyodo.line.channel-token=other-token", "--kyodo.line.api-base-url=http://127.0.0.1:9",
				"--kyodo.knowledge.faq-dir=" + KNOWLEDGE.resolve("faq"),
				"--kyodo.knowledge.intents-dir=" + KNOWLEDGE.resolve("intents"),
				"--kyodo.console.accounts[0].username=city", "--kyodo.console.accounts[0].role=CITY_COORDINATOR",
				"--kyodo.console.accounts[0].password=" + HASH)) {
			int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();

			String cookie = signIn(port);

			assertThat(get(otherPort, "/api/tickets?queue=CITY", cookie).statusCode()).isEqualTo(200);
			assertThat(get(otherPort, "/api/tickets?queue=CITY", null).statusCode()).isEqualTo(401);
		}
		Set<String> sessions = redis.keys("kyodo:session:sessions:*");
		assertThat(sessions).isNotEmpty().allSatisfy(key -> assertThat(redis.getExpire(key)).isPositive());
		Map<Object, Object> stored = redis.opsForHash().entries(sessions.iterator().next());
		assertThat(stored.keySet()).anySatisfy(field -> assertThat((String) field).startsWith("sessionAttr:"));
	}

	@Test
	void aSessionValueThisVersionCannotReadSignsTheCoordinatorOutInsteadOfFailingEveryPage() throws Exception {
		String cookie = signIn(port);
		assertThat(get(port, "/api/tickets?queue=CITY", cookie).statusCode()).isEqualTo(200);
		String id = new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		byte[] key = ("kyodo:session:sessions:" + id).getBytes(StandardCharsets.UTF_8);
		byte[] field = "sessionAttr:SPRING_SECURITY_CONTEXT".getBytes(StandardCharsets.UTF_8);
		assertThat(redis.execute((org.springframework.data.redis.core.RedisCallback<Boolean>) connection -> connection
			.hashCommands()
			.hExists(key, field))).isTrue();
		// What an instance of another version might have written: a Java serialisation stream of a class unknown here.
		byte[] foreign = { (byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72, 0x00, 0x0B, 'n', 'o', '.', 's', 'u', 'c',
				'h', '.', 'C', 'l', 'z', 0, 0, 0, 0, 0, 0, 0, 1, 0x02, 0x00, 0x00, 0x78, 0x70 };
		redis.execute((org.springframework.data.redis.core.RedisCallback<Boolean>) connection -> connection
			.hashCommands()
			.hSet(key, field, foreign));

		assertThat(get(port, "/api/tickets?queue=CITY", cookie).statusCode()).isEqualTo(401);
		assertThat(signIn(port)).as("signing in again works").isNotBlank();
	}

	private String signIn(int target) throws Exception {
		HttpResponse<String> login = get(target, "/console/login", null);
		String cookie = sessionCookie(login.headers().allValues("set-cookie"), null);
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=city&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(target, "/console/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		return sessionCookie(signedIn.headers().allValues("set-cookie"), cookie);
	}

	private static String sessionCookie(List<String> setCookies, String otherwise) {
		return setCookies.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.reduce((first, second) -> second)
			.orElse(otherwise);
	}

	private HttpResponse<String> get(int target, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(target, path)).header("Accept", "application/json");
		if (cookie != null) {
			request.header("Cookie", "SESSION=" + cookie);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int target, String path) {
		return URI.create("http://127.0.0.1:" + target + path);
	}
}
