package jp.chigasaki.kyodo.localredis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Three-master Redis Clusters of Debian's {@code redis-server} (installed by {@code .ci/run}), one per test class
 * that asks (each Spring context is a service instance, and two instances on one Redis share the inbox's work), on
 * free ports, stopped when the JVM exits. A test class points the whole service at its cluster with
 * {@link #register}: every Lua script, pipeline and key of the product then runs against real cluster slots, so a key
 * that leaves its hash tag fails with CROSSSLOT. When {@code redis-server} or {@code redis-cli} is missing or the
 * cluster does not form, the test fails (it never skips).
 */
public final class RedisClusterSupport {

	private static final Path SERVER = Path.of(System.getProperty("kyodo.test.redis-server", "/usr/bin/redis-server"));
	private static final Path CLI = Path.of(System.getProperty("kyodo.test.redis-cli", "/usr/bin/redis-cli"));

	private static final java.util.Map<Class<?>, List<Integer>> CLUSTERS = new java.util.concurrent.ConcurrentHashMap<>();

	private RedisClusterSupport() {
	}

	/** Sets {@code spring.data.redis.cluster.nodes} to the test class's own cluster (started on first use). */
	public static void register(Class<?> testClass, DynamicPropertyRegistry registry) {
		String nodes = nodes(testClass).stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
		registry.add("spring.data.redis.cluster.nodes", () -> nodes);
	}

	public static List<Integer> nodes(Class<?> testClass) {
		return CLUSTERS.computeIfAbsent(testClass, key -> start());
	}

	private static List<Integer> start() {
		if (!Files.isExecutable(SERVER) || !Files.isExecutable(CLI)) {
			throw new IllegalStateException("Redis Cluster tests need Debian's redis-server and redis-cli at " + SERVER
					+ " and " + CLI + " (apt-get install redis-server; .ci/run does)");
		}
		try {
			Path dir = Files.createTempDirectory("kyodo-redis-cluster");
			List<Integer> started = new ArrayList<>();
			List<Process> processes = new ArrayList<>();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroyForcibly)));
			for (int i = 0; i < 3; i++) {
				int port = freePortWithFreeBus();
				Path nodeDir = Files.createDirectories(dir.resolve("node-" + port));
				processes.add(new ProcessBuilder(SERVER.toString(), "--port", Integer.toString(port), "--bind",
						"127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--dir",
						nodeDir.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "everysec")
					.redirectErrorStream(true)
					.redirectOutput(nodeDir.resolve("redis.log").toFile())
					.start());
				started.add(port);
			}
			for (int port : started) {
				awaitAnswer(port, List.of("PING"), "PONG");
			}
			List<String> create = new ArrayList<>(List.of(CLI.toString(), "--cluster", "create"));
			started.forEach(port -> create.add("127.0.0.1:" + port));
			create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
			run(create);
			for (int port : started) {
				awaitAnswer(port, List.of("CLUSTER", "INFO"), "cluster_state:ok");
			}
			return List.copyOf(started);
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the Redis Cluster", ex);
		}
	}

	private static void awaitAnswer(int port, List<String> command, String expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			List<String> cli = new ArrayList<>(List.of(CLI.toString(), "-p", Integer.toString(port)));
			cli.addAll(command);
			last = run(cli);
			if (last.contains(expected)) {
				return;
			}
			pause();
		}
		throw new IllegalStateException("Redis Cluster node " + port + " did not answer " + expected + ": " + last);
	}

	private static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not run " + command.get(0), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A free port whose cluster bus port (port + 10000) is free too. */
	private static int freePortWithFreeBus() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			if (port + 10000 <= 65535 && free(port + 10000)) {
				return port;
			}
		}
		throw new IllegalStateException("no free port pair for a Redis Cluster node");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
