package jp.chigasaki.kyodo.localredis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a {@link LocalRedisServer}'s process and starts it again on the same port and AOF when it exits unasked:
 * one warning when it dies, one line when it is back, and quiet retries in between with a pause that doubles up to
 * 30 s. Lettuce reconnects by itself; meanwhile the webhook answers 503 and the console "unavailable".
 */
final class Watchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalRedisServer.class);
	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final LocalRedisServer server;
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "local-redis-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	Watchdog(LocalRedisServer server) {
		this.server = server;
	}

	void observe(Process process) {
		process.onExit().thenAccept(this::exited);
	}

	private void exited(Process process) {
		if (!server.unexpected(process)) {
			return;
		}
		log.warn("The local redis-server on port {} exited with code {}; restarting it on the same AOF in {}",
				server.port(), process.exitValue(), server.dataDir());
		executor.execute(() -> relaunch(FIRST_PAUSE));
	}

	private void relaunch(Duration pause) {
		if (server.relaunchUnlessStopped()) {
			if (server.isRunning()) {
				log.info("The local redis-server is running again on port {}", server.port());
			}
			return;
		}
		Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
		executor.schedule(() -> relaunch(next), pause.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
