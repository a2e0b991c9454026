package jp.chigasaki.kyodo.localredis;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
}
