package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.chigasaki.kyodo.localredis.LocalRedisServer;

class DeduplicationIntegrationTests extends WebhookTestBase {

	@Autowired
	LocalRedisServer redisServer;

	@Test
	void runsARedeliveredEventOnce() {
		String eventId = Webhooks.newEventId();
		String body = Webhooks.batch(Webhooks.text(eventId, Webhooks.userSource("Udup0001"), "rt-d1", "協働とは"));

		assertThat(send(body).statusCode()).isEqualTo(200);
		assertThat(send(body.replace("\"isRedelivery\":false", "\"isRedelivery\":true")).statusCode()).isEqualTo(200);

		awaitWorkersIdle();
		assertThat(dialogue.calls).hasSize(1);
		assertThat(requests(REPLY)).hasSize(1);
		java.util.Set<String> seen = redis.keys("kyodo:{inbox:*}:seen:" + eventId);
		assertThat(seen).singleElement().satisfies(key -> assertThat(redis.getExpire(key)).isPositive());
	}

	@Test
	void runsTwentyConcurrentCopiesOfAnEventOnce() throws Exception {
		String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Udup0002"), "rt-d2",
				"げんき基金"));
		ExecutorService clients = Executors.newFixedThreadPool(20);
		try {
			List<Callable<HttpResponse<String>>> copies = IntStream.range(0, 20)
				.<Callable<HttpResponse<String>>>mapToObj(i -> () -> send(body))
				.toList();
			for (Future<HttpResponse<String>> response : clients.invokeAll(copies)) {
				assertThat(response.get().statusCode()).isEqualTo(200);
			}
		}
		finally {
			clients.shutdown();
		}

		awaitWorkersIdle();
		assertThat(dialogue.calls).hasSize(1);
		assertThat(requests(REPLY)).hasSize(1);
	}

	@Test
	void answersServiceUnavailableWhileRedisIsDownSoThatLineRedelivers() {
		String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Udup0003"), "rt-d3",
				"サポセン"));
		redisServer.kill();
		try {
			assertThat(send(body).statusCode()).isEqualTo(503);
			assertThat(dialogue.calls).isEmpty();
		}
		finally {
			redisServer.restart();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> send(body).statusCode() == 200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:サポセン:member:misses=0");
		assertThat(requests(REPLY)).hasSize(1);
	}
}
