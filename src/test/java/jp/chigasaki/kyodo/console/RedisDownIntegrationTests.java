package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/** Redis stopped under the console: 503 with a Japanese message, readiness DOWN, liveness UP, then recovery. */
class RedisDownIntegrationTests extends EscalationTestContext {

	private static final RequestPostProcessor CITY = user("city").roles("CITY_COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRedisServer redisServer;

	@AfterEach
	void redisBack() throws Exception {
		if (!redisServer.isRunning()) {
			redisServer.restart();
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus() == 200);
	}

	@Test
	void pagesAndApiAnswerServiceUnavailableInJapaneseWhileRedisIsDown() throws Exception {
		long id = openTicket(newUser());
		redisServer.stop();

		mvc.perform(get("/api/tickets").with(CITY))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail").value(RedisUnavailable.DETAIL))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
		mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf()))
			.andExpect(status().isServiceUnavailable());
		mvc.perform(get("/console/queue").with(CITY))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("データベース（Redis）に接続できない")));
		mvc.perform(post("/console/tickets/{id}/claim", id).with(CITY).with(csrf()))
			.andExpect(status().isServiceUnavailable());
		mvc.perform(post("/console/login").param("username", "city").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/console/login?unavailable"));

		redisServer.restart();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ticket.state").value("CLAIMED")));
	}

	@Test
	void aFrozenRedisGivesServiceUnavailableAfterTheCommandTimeoutAndNothingIsLost() throws Exception {
		long id = openTicket(newUser());
		signal("STOP");
		try {
			mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.detail").value(RedisUnavailable.DETAIL));
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			signal("CONT");
		}
		// The claim that timed out may or may not have reached Redis; either way the ticket is whole and claimable
		// exactly once by this coordinator.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", id).with(CITY))
			.andExpect(status().isOk()));
		int status = mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(200, 409);
		mvc.perform(get("/api/tickets/{id}", id).with(CITY))
			.andExpect(jsonPath("$.ticket.state").value("CLAIMED"))
			.andExpect(jsonPath("$.ticket.assignee").value("city"));
	}

	/** SIGSTOP freezes redis-server without closing its connections: the slowest Redis there is. */
	private void signal(String name) throws Exception {
		String pid = java.nio.file.Files.readString(redisServer.dataDir().resolve("redis.pid")).strip();
		assertThat(new ProcessBuilder("kill", "-" + name, pid).start().waitFor()).isZero();
	}

	@Test
	void readinessGoesDownAndLivenessStaysUp() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		redisServer.stop();

		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		assertThat(redisServer.isRunning()).isFalse();
	}
}
