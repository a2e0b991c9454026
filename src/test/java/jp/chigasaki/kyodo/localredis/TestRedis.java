package jp.chigasaki.kyodo.localredis;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One real redis-server for the store tests of a test JVM (started on first use on a free port, stopped at exit),
 * reached over a real Lettuce connection. Tests keep apart by the ids their stores hand out, or by flushing.
 */
public final class TestRedis {

	private static StringRedisTemplate template;

	private TestRedis() {
	}

	public static synchronized StringRedisTemplate template() {
		if (template == null) {
			LocalRedisServer server = LocalRedisServer
				.start(Path.of("target/redis/store-tests-" + UUID.randomUUID()), 0);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
			LettuceConnectionFactory factory = new LettuceConnectionFactory(
					new RedisStandaloneConfiguration("127.0.0.1", server.port()));
			factory.afterPropertiesSet();
			factory.start();
			template = new StringRedisTemplate(factory);
		}
		return template;
	}
}
