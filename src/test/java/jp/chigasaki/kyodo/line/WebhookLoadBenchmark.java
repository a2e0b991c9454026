package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;

/**
 * Load on the running service over loopback: the packaged jar runs as its own process (its own local redis-server,
 * the real dialogue and handoff), this process sends signed webhooks at a fixed rate (open loop: latency counts from
 * the moment a request was due, so a stall is not hidden) and stands in for the Messaging API with WireMock, where it
 * counts the replies. Before measuring it warms the service up (60 s at up to 200 events/s, {@code -Dbenchmark.warmupSeconds}
 * and {@code -Dbenchmark.warmupRate}): the JIT compiler otherwise takes most of a core during the measurement. A
 * share of the events is sent twice to check deduplication under load. After the run, one body
 * of 1,000 events is sent and the time to its acknowledgement printed. The service runs on a redis-server this process
 * starts (the embedded binary, AOF with the given fsync policy), so the same load can be pointed at any build of the
 * jar: run it in another checkout's directory to compare.
 * <p>
 * {@code mvn -o -q package -DskipTests && mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * && java -cp target/test-classes:$(cat target/cp.txt) jp.chigasaki.kyodo.line.WebhookLoadBenchmark [rate] [seconds] [fsync]}
 * <p>
 * With {@code roundtrips} as the first argument it counts instead the Redis commands clients send per plain text
 * message (MONITOR through {@code redis-cli}, commands run inside scripts not counted, the idle background work of the
 * same duration subtracted).
 */
public final class WebhookLoadBenchmark {

	private static final String SECRET = "benchmark-channel-secret";
	private static final String[] QUESTIONS = { "市民活動げんき基金の補助金の上限額はいくらですか", "協働とは何ですか", "サポセンの開館時間は",
			"委託と協働の違いを教えて", "会議室を借りたい", "NPO法人を作るにはどこに相談すればいい", "こんにちは", "ありがとう",
			"協働推進事業に応募したい", "自治会の活動で市と一緒にできることは", "今日の天気は？", "担当課を知りたい" };

	private WebhookLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean roundTrips = args.length > 0 && args[0].equals("roundtrips");
		int rate = args.length > 0 && !roundTrips ? Integer.parseInt(args[0]) : 500;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		String fsync = args.length > 2 ? args[2] : "always";
		WireMockServer standIn = standIn();
		int port = freePort();
		int redisPort = freePort();
		Process redis = startRedis(redisPort, fsync);
		Process service = startService(standIn, port,
				List.of("--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort));
		try {
			awaitHealthy(port);
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			if (roundTrips) {
				RoundTrips.count(http, port, redisPort, 50);
				return;
			}
			// The JIT compiles for about a minute of load after start-up and takes most of a core meanwhile: warm up at
			// a rate the service keeps up with until that has passed, so the measurement sees the service as it runs.
			int warmupRate = Integer.getInteger("benchmark.warmupRate", Math.min(rate, 200));
			int warmupSeconds = Integer.getInteger("benchmark.warmupSeconds", 60);
			Run warmup = new Run(http, port, "w");
			warmup.at(warmupRate, warmupSeconds);
			warmup.awaitReplies();
			System.out.printf("warm-up: %d s at %d/s%n", warmupSeconds, warmupRate);
			ServiceCpu before = ServiceCpu.of(service.pid());
			Run run = new Run(http, port, "m");
			run.at(rate, seconds);
			run.report(rate, seconds);
			ServiceCpu.of(service.pid()).printSince(before, run.distinctEvents());
			Run big = new Run(http, port, "big");
			big.oneBody(1000);
		}
		finally {
			standIn.stop();
			service.destroy();
			service.waitFor();
			redis.destroy();
		}
	}

	/**
	 * CPU the service's threads used so far by kind of thread (the name without its numbers), from /proc (Linux;
	 * nothing elsewhere), in clock ticks of 10 ms.
	 */
	private record ServiceCpu(long process, Map<String, Long> threads, Map<String, String> kinds, long nanos) {

		static ServiceCpu of(long pid) {
			Map<String, Long> threads = new java.util.HashMap<>();
			Map<String, String> kinds = new java.util.HashMap<>();
			File[] tasks = new File("/proc/" + pid + "/task").listFiles();
			for (File task : tasks == null ? new File[0] : tasks) {
				try {
					threads.put(task.getName(), ticks(task.toPath().resolve("stat")));
					kinds.put(task.getName(), java.nio.file.Files.readString(task.toPath().resolve("comm")).strip()
						.replaceAll("[0-9]+", "N"));
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between listing and reading
				}
			}
			long process;
			try {
				process = ticks(Path.of("/proc", Long.toString(pid), "stat"));
			}
			catch (IOException | RuntimeException ex) {
				process = 0;
			}
			return new ServiceCpu(process, threads, kinds, System.nanoTime());
		}

		private static long ticks(Path stat) throws IOException {
			String text = java.nio.file.Files.readString(stat);
			String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}

		/** Total from the process (ended threads included); the split by kind counts threads alive at both ends. */
		void printSince(ServiceCpu before, int events) {
			Map<String, Long> used = new java.util.HashMap<>();
			threads.forEach((tid, t) -> {
				if (before.threads.containsKey(tid)) {
					used.merge(kinds.get(tid), t - before.threads.get(tid), Long::sum);
				}
			});
			long total = process - before.process;
			System.out.printf("service CPU from the start of the measured load until the last answer: %.1f s over %.1f s,"
					+ " %.2f ms per event; by thread: %s%n", total / 100.0, (nanos - before.nanos) / 1e9,
					total * 10.0 / Math.max(1, events),
					used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(7)
						.map(e -> e.getKey() + " " + e.getValue() / 100.0 + " s").toList());
		}
	}

	/** The embedded redis-server (the binary the local run uses) with AOF and the given fsync policy. */
	private static Process startRedis(int port, String fsync) throws IOException, InterruptedException {
		Path dir = Path.of("target", "benchmark-redis", UUID.randomUUID().toString()).toAbsolutePath();
		java.nio.file.Files.createDirectories(dir);
		File binary = redis.embedded.core.ExecutableProvider.newJarResourceProvider().get();
		Process process = new ProcessBuilder(binary.getAbsolutePath(), "--port", Integer.toString(port), "--bind",
				"127.0.0.1", "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", fsync, "--save", "")
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("redis.log").toFile())
			.start();
		Thread.sleep(500);
		return process;
	}

	/** Reply tokens the stand-in received, with how often, and when the last reply came. */
	private static final Map<String, Integer> REPLIES = new ConcurrentHashMap<>();
	private static final AtomicLong LAST_REPLY = new AtomicLong();
	private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

	static boolean replied(String token) {
		return REPLIES.containsKey(token);
	}

	/** Answers like LINE; no request journal (it would grow with every request), a listener counts the replies. */
	private static WireMockServer standIn() {
		WireMockServer server = new WireMockServer(
				options().dynamicPort().containerThreads(64).disableRequestJournal().notifier(new Slf4jNotifier(false)));
		server.start();
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		server.addMockServiceRequestListener((request, response) -> {
			if (request.getUrl().equals(LineStandIn.REPLY)) {
				Matcher token = REPLY_TOKEN.matcher(request.getBodyAsString());
				if (token.find()) {
					REPLIES.merge(token.group(1), 1, Integer::sum);
					LAST_REPLY.set(System.nanoTime());
				}
			}
		});
		return server;
	}

	/** One measured stretch of load and what it produced. */
	private static final class Run {

		private final HttpClient http;
		private final int port;
		private final String prefix;
		private final Map<String, Boolean> expected = new ConcurrentHashMap<>();
		/** Events whose webhook got a 200: only these must be answered (LINE redelivers the others). */
		private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		private final AtomicInteger errors = new AtomicInteger();
		private long[] latencies;
		private int sent;
		private long started;

		Run(HttpClient http, int port, String prefix) {
			this.http = http;
			this.port = port;
			this.prefix = prefix;
		}

		void at(int rate, int seconds) {
			int total = rate * seconds;
			latencies = new long[total];
			List<CompletableFuture<Void>> pending = new ArrayList<>(total);
			String previous = null;
			String previousToken = null;
			long start = System.nanoTime();
			started = start;
			long interval = 1_000_000_000L / rate;
			for (int i = 0; i < total; i++) {
				long due = start + i * interval;
				LockSupport.parkNanos(due - System.nanoTime());
				// Every 20th request repeats the previous event, as a LINE redelivery would.
				boolean again = i % 20 == 19 && previous != null;
				String body = again ? previous : event(i);
				String token = again ? previousToken : token(i);
				previous = body;
				previousToken = token;
				int index = i;
				pending.add(post(body).thenAccept(status -> {
					latencies[index] = System.nanoTime() - due;
					if (status == 200) {
						acknowledged.add(token);
					}
					else {
						errors.incrementAndGet();
					}
				}));
			}
			sent = total;
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		}

		/** One webhook body with {@code events} events; prints how long its acknowledgement took. */
		void oneBody(int events) throws InterruptedException {
			String[] all = new String[events];
			for (int i = 0; i < events; i++) {
				all[i] = eventOnly(i);
			}
			long start = System.nanoTime();
			int status = post(Webhooks.batch(all)).join();
			double ms = (System.nanoTime() - start) / 1e6;
			if (status == 200) {
				acknowledged.addAll(expected.keySet());
			}
			started = start;
			awaitReplies();
			long lost = acknowledged.stream().filter(token -> !REPLIES.containsKey(token)).count();
			System.out.printf("one body of %d events: status %d, acknowledged in %.1f ms; answered %d, lost %d%n", events,
					status, ms, expected.size() - lost, lost);
		}

		private String event(int i) {
			return Webhooks.batch(eventOnly(i));
		}

		private String token(int i) {
			return prefix + "-rt-" + i;
		}

		private String eventOnly(int i) {
			String token = token(i);
			expected.put(token, true);
			// A conversation per event: an escalated user's later messages go silently to the coordinator, which would
			// make "no reply" ambiguous.
			String source = i % 10 == 0 ? Webhooks.groupSource("C" + prefix + i, "U" + prefix + i)
					: Webhooks.userSource("U" + prefix + i);
			String text = (i % 10 == 0 ? "コンシェルジュ " : "") + QUESTIONS[i % QUESTIONS.length];
			return Webhooks.text(Webhooks.newEventId(), source, token, text);
		}

		private CompletableFuture<Integer> post(String body) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
				.header("Content-Type", "application/json")
				.header("x-line-signature", Webhooks.sign(SECRET, bytes))
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
			return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode)
				.exceptionally(failure -> -1);
		}

		int distinctEvents() {
			return expected.size();
		}

		/** Waits until every acknowledged event was answered (or two minutes passed). */
		void awaitReplies() throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (System.nanoTime() < deadline && !REPLIES.keySet().containsAll(acknowledged)) {
				Thread.sleep(200);
			}
			// Late duplicates, if there were any, would arrive now.
			Thread.sleep(2000);
		}

		void report(int rate, int seconds) throws InterruptedException {
			long[] sorted = latencies.clone();
			Arrays.sort(sorted);
			awaitReplies();
			long lost = acknowledged.stream().filter(token -> !REPLIES.containsKey(token)).count();
			long twice = expected.keySet().stream().filter(token -> REPLIES.getOrDefault(token, 0) > 1).count();
			double busy = (LAST_REPLY.get() - started) / 1e9;
			System.out.printf("rate %d/s for %d s: %d webhooks (%d distinct events, %d redeliveries), non-200: %d%n", rate,
					seconds, sent, expected.size(), sent - expected.size(), errors.get());
			System.out.printf("ack latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", ms(sorted, 0.50),
					ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
			System.out.printf("replies at the stand-in: %d for %d events, %d of them acknowledged (the others LINE would "
					+ "redeliver); acknowledged and not answered (lost) %d, answered twice %d%n",
					expected.keySet().stream().mapToInt(token -> REPLIES.getOrDefault(token, 0)).sum(), expected.size(),
					acknowledged.size(), lost, twice);
			System.out.printf("last reply %.1f s after the first request: %.0f events/s answered end to end%n", busy,
					expected.size() / busy);
		}

		private static double ms(long[] sorted, double quantile) {
			return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
		}
	}

	private static Process startService(WireMockServer standIn, int port, List<String> redis) throws IOException {
		Path data = Path.of("target", "benchmark-redis", UUID.randomUUID().toString());
		// Run as docs/line.md recommends: the workers' low thread priority takes effect (builds that set none ignore it).
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ThreadPriorityPolicy=1"));
		// -Dbenchmark.jvmArgs="-XX:StartFlightRecording=filename=target/service.jfr" to profile the service
		String jvmArgs = System.getProperty("benchmark.jvmArgs", "").strip();
		if (!jvmArgs.isEmpty()) {
			command.addAll(List.of(jvmArgs.split("\\s+")));
		}
		// "serve": the jar's entry point starts the service with it (older builds ignore the word).
		command.addAll(List.of("-jar", "target/kyodo-concierge.jar", "serve", "--server.port=" + port,
				"--kyodo.line.api-base-url=" + standIn.baseUrl(), "--kyodo.local-redis.data-dir=" + data));
		command.addAll(redis);
		// -Dbenchmark.serviceArgs="--kyodo.line.workers.threads=8" to try other settings
		String serviceArgs = System.getProperty("benchmark.serviceArgs", "").strip();
		if (!serviceArgs.isEmpty()) {
			command.addAll(List.of(serviceArgs.split("\\s+")));
		}
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("LINE_CHANNEL_SECRET", SECRET);
		builder.environment().put("LINE_CHANNEL_TOKEN", "benchmark-channel-token");
		return builder.redirectErrorStream(true).redirectOutput(new File("target/benchmark-service.log")).start();
	}

	private static void awaitHealthy(int port) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
		// A shared, busy machine can take minutes to start the service.
		long deadline = System.nanoTime() + Duration.ofSeconds(360).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the service did not become healthy; see target/benchmark-service.log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
