package jp.chigasaki.kyodo.localredis;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;

/**
 * The Redis the service starts itself when none is configured ({@code spring.data.redis.*} and
 * {@code SPRING_DATA_REDIS_URL} unset).
 *
 * @param enabled false to require an external Redis even when none is configured
 * @param dataDir where the append-only file is kept, so that tickets survive a restart
 * @param port 0 for a free loopback port
 */
@ConfigurationProperties("kyodo.local-redis")
public record LocalRedisProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data/redis") Path dataDir,
		@DefaultValue("0") int port) {

	private static final List<String> REDIS_KEYS = List.of("spring.data.redis.url", "spring.data.redis.host",
			"spring.data.redis.port", "spring.data.redis.sentinel.master", "spring.data.redis.cluster.nodes");

	/** Whether {@code spring.data.redis.*} (or {@code SPRING_DATA_REDIS_URL}) names a Redis. */
	public static boolean externalRedisConfigured(PropertyResolver environment) {
		return REDIS_KEYS.stream().anyMatch(environment::containsProperty);
	}

	/** Whether the service will start its own redis-server: enabled and no Redis configured. */
	public static boolean startsLocalRedis(PropertyResolver environment) {
		return environment.getProperty("kyodo.local-redis.enabled", Boolean.class, true)
				&& !externalRedisConfigured(environment);
	}
}
