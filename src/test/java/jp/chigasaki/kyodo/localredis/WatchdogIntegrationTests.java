package jp.chigasaki.kyodo.localredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/** The local run's redis-server comes back by itself, on the same port and AOF, when it dies unasked. */
@ExtendWith(OutputCaptureExtension.class)
class WatchdogIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aServerThatDiesIsRestartedOnTheSameAofAndLoggedOnce(CapturedOutput output) throws Exception {
		try (LocalRedisServer server = LocalRedisServer.start(dataDir, 0).watch()) {
			RedisClient client = RedisClient.create("redis://127.0.0.1:" + server.port());
			try (StatefulRedisConnection<String, String> redis = client.connect()) {
				redis.sync().set("kyodo:probe", "acknowledged");
				long pid = Long.parseLong(Files.readString(dataDir.resolve(LocalRedisServer.PID_FILE)).strip());

				ProcessHandle.of(pid).orElseThrow().destroyForcibly();

				await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
					.until(() -> "acknowledged".equals(redis.sync().get("kyodo:probe")));
				assertThat(server.isRunning()).isTrue();
				assertThat(Long.parseLong(Files.readString(dataDir.resolve(LocalRedisServer.PID_FILE)).strip()))
					.isNotEqualTo(pid);
			}
			finally {
				client.shutdown();
			}
		}
		assertThat(output.toString().split("exited with code", -1)).hasSize(2);
		assertThat(output).contains("restarting it on the same AOF").contains("is running again on port");
	}

	@Test
	void aStopThatWasAskedForIsNotUndone() throws Exception {
		try (LocalRedisServer server = LocalRedisServer.start(dataDir, 0).watch()) {
			server.stop();
			// The exit is observed asynchronously: give the watchdog the chance it would need to act wrongly.
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !server.isRunning());
			server.restart();
			assertThat(server.isRunning()).isTrue();
		}
	}
}
