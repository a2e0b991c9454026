package jp.chigasaki.kyodo.localredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.embedded.core.ExecutableProvider;

/**
 * A service killed with {@code kill -9} leaves its redis-server running. The next start must stop that orphan (so no
 * two servers share one AOF and no process leaks) and still find everything the orphan had acknowledged.
 */
class OrphanedServerIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aServerOfARunningServiceIsNotTakenOver() {
		try (LocalRedisServer running = LocalRedisServer.start(dataDir, 0)) {
			assertThatThrownBy(() -> LocalRedisServer.start(dataDir, 0)).hasMessageContaining("belongs to a running service");
			assertThat(running.isRunning()).isTrue();
		}
	}

	@Test
	void theNextStartStopsTheOrphanAndKeepsItsData() throws Exception {
		int orphanPort = freePort();
		long orphanPid = startOrphanedServer(orphanPort);
		assertThat(command(orphanPort, "SET", "kyodo:probe", "survived")).isEqualTo("+OK");

		try (LocalRedisServer next = LocalRedisServer.start(dataDir, 0)) {
			assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
			assertThat(command(next.port(), "GET", "kyodo:probe")).isEqualTo("$8\r\nsurvived");
		}
		finally {
			ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	/**
	 * A redis-server whose service is gone, the way {@code kill -9} of the service leaves it: same binary, same data
	 * directory and pid file, but daemonized, so that its parent is no longer a running JVM.
	 */
	private long startOrphanedServer(int port) throws Exception {
		String binary = ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
		Path pidFile = dataDir.resolve(LocalRedisServer.PID_FILE);
		Process launcher = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir",
				dataDir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize",
				"yes", "--pidfile", pidFile.toString(), "--logfile", dataDir.resolve("orphan.log").toString())
			.start();
		assertThat(launcher.waitFor()).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.isRegularFile(pidFile) && answers(port));
		return Long.parseLong(Files.readString(pidFile).strip());
	}

	private static boolean answers(int port) {
		try {
			return command(port, "PING").equals("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** One RESP command over a plain socket; returns the reply without its last CRLF. */
	private static String command(int port, String... words) throws IOException {
		StringBuilder request = new StringBuilder("*" + words.length + "\r\n");
		for (String word : words) {
			request.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word)
				.append("\r\n");
		}
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[256];
			int read = in.read(buffer);
			String reply = new String(buffer, 0, read, StandardCharsets.UTF_8);
			if (reply.startsWith("$") && reply.indexOf("\r\n") == reply.length() - 2) {
				reply += new String(buffer, 0, in.read(buffer), StandardCharsets.UTF_8);
			}
			return reply.substring(0, reply.length() - 2);
		}
	}
}
