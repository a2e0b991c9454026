package jp.chigasaki.kyodo.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.chigasaki.kyodo.KyodoConciergeApplication;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/**
 * Each refusal is one "APPLICATION FAILED TO START" report with what is wrong and what to do, no stack trace, and
 * comes before the local redis-server starts (no pid file in its data directory).
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTests {

	@TempDir
	Path dataDir;

	@Test
	void prodWithoutLineCredentialsOrRedisIsRefusedWithEveryProblemAtOnce(CapturedOutput output) {
		assertThatThrownBy(() -> start("prod", "--kyodo.line.channel-secret=", "--kyodo.line.channel-token="))
			.isInstanceOf(StartupRefusedException.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The prod profile refuses to start:\n  - The LINE channel secret is not set (LINE_CHANNEL_SECRET")
			.contains("  - The LINE channel access token is not set (LINE_CHANNEL_TOKEN")
			.contains("No Redis is configured (SPRING_DATA_REDIS_URL or spring.data.redis.*)")
			.contains("Action:")
			.contains("SPRING_DATA_REDIS_URL=redis://host:6379");
		assertNoStackTraceAndNoRedis(output);
	}

	@Test
	void prodWithEverythingConfiguredPassesTheChecks() {
		StartupChecks checks = new StartupChecks();
		org.springframework.mock.env.MockEnvironment environment = new org.springframework.mock.env.MockEnvironment()
			.withProperty("kyodo.line.channel-secret", "secret")
			.withProperty("kyodo.line.channel-token", "token")
			.withProperty("spring.data.redis.url", "redis://127.0.0.1:1");
		environment.setActiveProfiles("prod");

		checks.postProcessEnvironment(environment, new org.springframework.boot.SpringApplication());
	}

	@Test
	void brokenKnowledgeIsRefusedWithFileAndLineBeforeRedisStarts(CapturedOutput output) {
		assertThatThrownBy(() -> start("default", "--kyodo.knowledge.faq-dir=src/test/resources/knowledge/broken"))
			.isNotNull();

		assertThat(output).contains("APPLICATION FAILED TO START")
			.containsPattern("The knowledge files have \\d+ problem\\(s\\)")
			.containsPattern("unknown-key\\.yaml:\\d+: ")
			.contains("validate lists the same lines");
		assertNoStackTraceAndNoRedis(output);
	}

	@Test
	void aMissingHolidayCalendarIsRefusedInOneLineNamingTheFile(CapturedOutput output) {
		Path missing = dataDir.resolve("calendar/holidays-jp.yaml");

		assertThatThrownBy(() -> start("default", "--kyodo.escalation.calendar-file=" + missing))
			.isInstanceOf(StartupRefusedException.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The holiday calendar " + missing.toAbsolutePath() + " does not exist or cannot be read.\n")
			.contains("kyodo.escalation.calendar-file");
		assertNoStackTraceAndNoRedis(output);
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithThePortInTheAdvice(CapturedOutput output) {
		try (LocalRedisServer first = LocalRedisServer.start(dataDir, 0)) {
			assertThatThrownBy(() -> start("default", "--server.port=8080")).isInstanceOf(StartupRefusedException.class);

			assertThat(output).contains("Another kyodo-concierge (pid " + ProcessHandle.current().pid()
					+ ") is already running with the local Redis data directory " + dataDir.toAbsolutePath())
				.contains("--kyodo.local-redis.data-dir=data/redis-2 --server.port=8081");
			assertThat(first.isRunning()).isTrue();
		}
	}

	@Test
	void aPortInUseIsRefusedBeforeRedisStarts(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> start("default", "--server.port=" + port, "--server.address=127.0.0.1"))
				.isInstanceOf(StartupRefusedException.class);

			assertThat(output).contains("Port " + port + " is already in use")
				.contains("--server.port=" + (port + 1));
		}
		assertNoStackTraceAndNoRedis(output);
	}

	private void start(String profile, String... args) {
		java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
		all.add("--kyodo.local-redis.data-dir=" + dataDir);
		all.add("--spring.main.banner-mode=off");
		if (all.stream().noneMatch(arg -> arg.startsWith("--kyodo.line.channel-"))) {
			all.add("--kyodo.line.channel-secret=test-channel-secret-0123456789ab");
			all.add("--kyodo.line.channel-token=test-token");
		}
		new SpringApplicationBuilder(KyodoConciergeApplication.class).profiles(profile)
			.run(all.toArray(String[]::new))
			.close();
	}

	private void assertNoStackTraceAndNoRedis(CapturedOutput output) {
		assertThat(output.toString()).doesNotContain("\tat org.springframework").doesNotContain("Caused by:");
		assertThat(Files.exists(dataDir.resolve("redis.pid"))).as("no redis-server was started").isFalse();
	}
}
