package jp.chigasaki.kyodo.localredis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A redis-server still running on this data directory: the child of a service that was killed hard ({@code kill -9}
 * leaves no chance to stop it). Left alone it would keep the directory's AOF open beside the new server, and one
 * more process would leak with every such restart; so it is stopped cleanly (SIGTERM: it finishes its AOF) first.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private OrphanedServer() {
	}

	/** The running service (a JVM) whose redis-server uses this pid file's directory, if any. */
	static Optional<ProcessHandle> owner(Path pidFile) throws IOException {
		return server(pidFile).flatMap(ProcessHandle::parent).filter(ProcessHandle::isAlive).filter(OrphanedServer::isJava);
	}

	static void endIfRunning(Path pidFile) throws IOException {
		Optional<ProcessHandle> orphan = server(pidFile);
		if (orphan.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> owner = owner(pidFile);
		if (owner.isPresent()) {
			throw new IOException("the redis-server on " + pidFile.getParent() + " belongs to a running service (pid "
					+ owner.get().pid() + "); give this one another kyodo.local-redis.data-dir");
		}
		log.warn("A redis-server (pid {}) from an earlier run still uses {}; stopping it before starting a new one",
				orphan.get().pid(), pidFile.getParent());
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			orphan.get().destroyForcibly();
		}
	}

	private static Optional<ProcessHandle> server(Path pidFile) throws IOException {
		return readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(OrphanedServer::isRedisServer);
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isJava(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("java")).orElse(false);
	}

	/** A recycled pid may belong to anything: only a redis-server is ended. */
	private static boolean isRedisServer(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("redis-server")).orElse(false);
	}
}
