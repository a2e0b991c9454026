package jp.chigasaki.kyodo.localredis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a local redis-server and points Spring Data Redis at it, only when no Redis is configured. The connection
 * details bean takes precedence over the (absent) {@code spring.data.redis.*} properties.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalRedisConfiguration.NoRedisConfigured.class)
@EnableConfigurationProperties(LocalRedisProperties.class)
class LocalRedisConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalRedisConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalRedisServer localRedisServer(LocalRedisProperties properties) {
		LocalRedisServer server = LocalRedisServer.start(properties.dataDir(), properties.port()).watch();
		log.info("No Redis configured: started a local redis-server on 127.0.0.1:{} (AOF in {})", server.port(),
				server.dataDir());
		return server;
	}

	@Bean
	DataRedisConnectionDetails localRedisConnectionDetails(LocalRedisServer server) {
		return new DataRedisConnectionDetails() {
			@Override
			public Standalone getStandalone() {
				return Standalone.of("127.0.0.1", server.port());
			}
		};
	}

	static class NoRedisConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return LocalRedisProperties.startsLocalRedis(context.getEnvironment());
		}
	}
}
