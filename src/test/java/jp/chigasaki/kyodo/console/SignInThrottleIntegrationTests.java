package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/** Sign-in throttling per account and per address, shared through Redis, with one message for every refusal. */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIntegrationTests extends EscalationTestContext {

	private static final ConsoleProperties.SignIn RULES = new ConsoleProperties.SignIn(3, Duration.ofSeconds(1),
			Duration.ofSeconds(8), 6, Duration.ofMinutes(15), 100, 1000, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	StringRedisTemplate redis;

	private final List<String> keys = new ArrayList<>();

	@AfterEach
	void forgetAttempts() {
		redis.delete(keys);
	}

	@Test
	void delaysGrowAfterTheFreeAttemptsAndThenTheAccountIsLocked() {
		MutableClock clock = new MutableClock();
		SignInThrottle throttle = new SignInThrottle(redis, clock, RULES);
		String account = remember("acct-" + UUID.randomUUID(), "192.0.2.10");

		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Duration wait = throttle.admit(account, "192.0.2.10");
			waits.add(wait);
			clock.advance(wait);
			if (!wait.isZero()) {
				assertThat(throttle.admit(account, "192.0.2.10")).isZero();
			}
		}
		assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofSeconds(4));
		assertThat(throttle.admit(account, "192.0.2.10")).isEqualTo(Duration.ofMinutes(15));
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.admit(account, "192.0.2.10")).isEqualTo(Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.admit(account, "192.0.2.10")).isZero();
		assertThat(redis.getExpire(SignInThrottle.accountKey(account))).isPositive();
	}

	@Test
	void theDelaysDoubleUpToTheLongest() {
		MutableClock clock = new MutableClock();
		SignInThrottle throttle = new SignInThrottle(redis,
				clock, new ConsoleProperties.SignIn(1, Duration.ofSeconds(1), Duration.ofSeconds(4), 100,
						Duration.ofMinutes(15), 100, 1000, 1));
		String account = remember("acct-" + UUID.randomUUID(), "192.0.2.11");
		List<Duration> waits = new ArrayList<>();
		assertThat(throttle.admit(account, "192.0.2.11")).isZero();
		for (int i = 0; i < 4; i++) {
			Duration wait = throttle.admit(account, "192.0.2.11");
			waits.add(wait);
			clock.advance(wait);
			assertThat(throttle.admit(account, "192.0.2.11")).isZero();
		}
		assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(4));
	}

	@Test
	void theRightPasswordIsRefusedWhileTheAccountIsThrottledWithTheSameMessageAsForAnUnknownAccount(
			CapturedOutput output) throws Exception {
		String address = "198.51.100." + (1 + (int) (Math.random() * 200));
		String unknown = "nobody-" + UUID.randomUUID();
		remember("center", address);
		remember(unknown, address);

		for (int i = 0; i < 5; i++) {
			assertThat(signIn("center", "wrong-" + i, address)).isEqualTo("/console/login?error");
			assertThat(signIn(unknown, "wrong-" + i, address)).isEqualTo("/console/login?error");
		}
		assertThat(signIn("center", PASSWORD, address)).isEqualTo("/console/login?locked");
		assertThat(signIn(unknown, PASSWORD, address)).isEqualTo("/console/login?locked");

		mvc.perform(get("/console/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("一時的に受け付けを止めています")));
		assertThat(output).contains("sign-in failed account=center address=" + address)
			.contains("sign-in failed account=(unknown) address=" + address)
			.contains("sign-in refused (throttled")
			.doesNotContain(unknown)
			.doesNotContain("wrong-1");
	}

	@Test
	void oneAddressIsThrottledAcrossAccountNames() throws Exception {
		String address = "203.0.113." + (1 + (int) (Math.random() * 200));
		keys.add(SignInThrottle.addressKey(address));
		String last = "";
		for (int i = 0; i < 30; i++) {
			last = "spray-" + UUID.randomUUID();
			keys.add(SignInThrottle.accountKey(last));
			assertThat(signIn(last, "password", address)).isEqualTo("/console/login?error");
		}
		assertThat(signIn("admin", PASSWORD, address)).isEqualTo("/console/login?locked");
		assertThat(signIn("admin", PASSWORD, "203.0.113.250")).isEqualTo("/console");
		keys.add(SignInThrottle.addressKey("203.0.113.250"));
	}

	@Test
	void aSuccessfulSignInForgetsTheAccountsFailures() throws Exception {
		String address = "192.0.2.77";
		remember("city2", address);
		for (int i = 0; i < 4; i++) {
			signIn("city2", "wrong", address);
		}
		assertThat(signIn("city2", PASSWORD, address)).isEqualTo("/console");
		assertThat(redis.hasKey(SignInThrottle.accountKey("city2"))).isFalse();
	}

	private String remember(String account, String address) {
		keys.add(SignInThrottle.accountKey(account));
		keys.add(SignInThrottle.addressKey(address));
		return account;
	}

	private String signIn(String username, String password, String address) throws Exception {
		MvcResult result = mvc.perform(post("/console/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-04-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
