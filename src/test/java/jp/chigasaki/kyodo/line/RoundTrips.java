package jp.chigasaki.kyodo.line;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For {@link WebhookLoadBenchmark}: the Redis commands clients send per plain text message, read from MONITOR
 * ({@code redis-cli}). Commands a Lua script runs are not round trips and are not counted; the service's idle
 * background work (readers polling, leases, SLA job) is measured for the same duration with no traffic and subtracted.
 */
final class RoundTrips {

	private RoundTrips() {
	}

	static void count(HttpClient http, int port, int redisPort, int messages) throws Exception {
		send(http, port, "warm", 5);
		Map<String, Integer> idle = new TreeMap<>();
		long idleNanos = monitor(redisPort, idle, () -> pause(Duration.ofSeconds(5)));
		Map<String, Integer> busy = new TreeMap<>();
		long busyNanos = monitor(redisPort, busy, () -> send(http, port, "rt", messages));
		double scale = (double) busyNanos / idleNanos;
		int idleTotal = idle.values().stream().mapToInt(Integer::intValue).sum();
		int busyTotal = busy.values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("%d plain text messages, one at a time, each answered before the next, in %.1f s%n", messages,
				busyNanos / 1e9);
		System.out.printf("client commands: %d while sending, %d in %.1f s idle (scaled: %.0f)%n", busyTotal, idleTotal,
				idleNanos / 1e9, idleTotal * scale);
		System.out.printf("per message: %.1f commands (idle work subtracted)%n", (busyTotal - idleTotal * scale) / messages);
		busy.forEach((command, calls) -> System.out.printf("  %-14s %6.2f per message (idle %d)%n", command,
				(calls - idle.getOrDefault(command, 0) * scale) / messages, idle.getOrDefault(command, 0)));
	}

	/** Runs {@code work} while MONITOR records; returns its duration. */
	private static long monitor(int redisPort, Map<String, Integer> calls, Work work) throws Exception {
		Process cli = new ProcessBuilder("redis-cli", "-p", Integer.toString(redisPort), "monitor").start();
		Map<String, Integer> counted = new ConcurrentHashMap<>();
		AtomicInteger lines = new AtomicInteger();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					lines.incrementAndGet();
					int client = line.indexOf('[');
					int quote = line.indexOf('"', client);
					if (client < 0 || quote < 0 || line.startsWith("OK") || line.contains(" lua]")) {
						continue;
					}
					String command = line.substring(quote + 1, line.indexOf('"', quote + 1)).toUpperCase();
					counted.merge(command, 1, Integer::sum);
				}
			}
			catch (IOException ex) {
				// the monitor was stopped
			}
		});
		reader.start();
		pause(Duration.ofMillis(500));
		long start = System.nanoTime();
		work.run();
		long took = System.nanoTime() - start;
		pause(Duration.ofMillis(300));
		cli.destroy();
		reader.join();
		calls.putAll(counted);
		return took;
	}

	private static void send(HttpClient http, int port, String prefix, int messages) throws Exception {
		for (int i = 0; i < messages; i++) {
			String token = prefix + "-rt-" + i;
			String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("U" + prefix + i),
					token, "協働とは何ですか"));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
				.header("Content-Type", "application/json")
				.header("x-line-signature", Webhooks.sign("benchmark-channel-secret", bytes))
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build(), HttpResponse.BodyHandlers.discarding());
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!WebhookLoadBenchmark.replied(token) && System.nanoTime() < deadline) {
				pause(Duration.ofMillis(5));
			}
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;
	}
}
