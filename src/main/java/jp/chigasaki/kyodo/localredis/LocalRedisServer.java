package jp.chigasaki.kyodo.localredis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import redis.embedded.core.ExecutableProvider;

/**
 * A real {@code redis-server} (the binary shipped in {@code com.github.codemonstur:embedded-redis}) run as a child
 * process on a loopback port, with the durability production needs: AOF on and fsync on every write, so that an
 * acknowledged ticket survives {@code kill -9}. Used by the local run and by the tests.
 */
public final class LocalRedisServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
	/** Written by redis-server itself, so that the next start can end a server a hard-killed service left behind. */
	static final String PID_FILE = "redis.pid";

	private final Path dataDir;
	private final int port;
	private Process process;
	/** Set by {@link #stop()} and {@link #kill()}: an exit someone asked for is not restarted. */
	private volatile boolean stopRequested;
	private Watchdog watchdog;

	private LocalRedisServer(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	/** Starts a server on the given port (0: a free one) keeping its AOF in {@code dataDir}. */
	public static LocalRedisServer start(Path dataDir, int port) {
		LocalRedisServer server = new LocalRedisServer(dataDir.toAbsolutePath(), port == 0 ? freePort() : port);
		server.launch();
		return server;
	}

	/**
	 * The pid of another running service whose redis-server uses {@code dataDir}: a second instance on the same data
	 * directory would share its AOF, so it must not start.
	 */
	public static Optional<Long> serviceUsing(Path dataDir) {
		try {
			return OrphanedServer.owner(dataDir.toAbsolutePath().resolve(PID_FILE)).map(ProcessHandle::pid);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	/**
	 * Restarts the server on the same port and AOF whenever it exits without {@link #stop()} or {@link #kill()}; see
	 * {@link Watchdog}. For the local run, where nobody else would notice.
	 */
	public synchronized LocalRedisServer watch() {
		if (watchdog == null) {
			watchdog = new Watchdog(this);
			watchdog.observe(process);
		}
		return this;
	}

	/** Called by the {@link Watchdog}: starts the server again unless a stop was asked for; false if it failed. */
	synchronized boolean relaunchUnlessStopped() {
		if (stopRequested || isRunning()) {
			return true;
		}
		try {
			launch();
			watchdog.observe(process);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Whether this exit of {@code exited} was not asked for. */
	synchronized boolean unexpected(Process exited) {
		return !stopRequested && exited == process;
	}

	/** Starts the server again on the same port and data directory (after {@link #kill()} or {@link #stop()}). */
	public synchronized void restart() {
		if (isRunning()) {
			throw new IllegalStateException("redis-server is still running");
		}
		launch();
		if (watchdog != null) {
			watchdog.observe(process);
		}
	}

	/** {@code kill -9}: no shutdown, no last write; what survives is what was fsynced. */
	public synchronized void kill() {
		stopRequested = true;
		if (process != null) {
			process.destroyForcibly();
			waitFor(process);
		}
	}

	/** A clean shutdown (SIGTERM: redis-server finishes writing the AOF). */
	public synchronized void stop() {
		stopRequested = true;
		if (process != null && process.isAlive()) {
			process.destroy();
			waitFor(process);
		}
	}

	@Override
	public void close() {
		stop();
		synchronized (this) {
			if (watchdog != null) {
				watchdog.close();
			}
		}
	}

	private synchronized void launch() {
		stopRequested = false;
		try {
			Files.createDirectories(dataDir);
			OrphanedServer.endIfRunning(dataDir.resolve(PID_FILE));
			File binary = ExecutableProvider.newJarResourceProvider().get();
			List<String> command = List.of(binary.getAbsolutePath(), "--port", Integer.toString(port), "--bind",
					"127.0.0.1", "--dir", dataDir.toString(), "--appendonly", "yes", "--appendfsync", "always",
					"--save", "", "--protected-mode", "yes", "--daemonize", "no", "--pidfile",
					dataDir.resolve(PID_FILE).toString());
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dataDir.resolve("redis.log").toFile())
				.start();
			awaitPing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the local redis-server: " + ex.getMessage(), ex);
		}
	}

	private void awaitPing() throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("redis-server exited with " + process.exitValue() + "; see "
						+ dataDir.resolve("redis.log"));
			}
			if (answersPing()) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while starting redis-server", ex);
			}
		}
		process.destroyForcibly();
		throw new IOException("redis-server did not answer within " + START_TIMEOUT);
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
			socket.setSoTimeout(500);
			socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[7];
			int read = socket.getInputStream().read(buffer);
			// While loading the AOF the server answers -LOADING; only +PONG means ready.
			return read > 0 && new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void waitFor(Process process) {
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free loopback port", ex);
		}
	}
}
