package jp.chigasaki.kyodo.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.security.jackson.SecurityJacksonModules;

import tools.jackson.databind.json.JsonMapper;

/**
 * Console sessions live in Redis (Spring Session Data Redis, one key per session, so any instance behind the load
 * balancer answers the same cookie; no sticky sessions). The session's attributes (the signed-in account, the CSRF
 * token, the page to return to) are stored as JSON with Spring Security's Jackson modules, which also check every
 * class named in the JSON against an allow-list, instead of Java serialisation.
 * <p>
 * Key schema (Spring Session's {@code RedisSessionRepository}, namespace {@code spring.session.data.redis.namespace} =
 * {@code kyodo:session}): {@code kyodo:session:sessions:<session id>} HASH of the session's times and attributes,
 * TTL the session timeout ({@code server.servlet.session.timeout}), renewed on use.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSessions {

	/** The name Spring Session looks this serializer up by. */
	@Bean
	RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		JsonMapper mapper = JsonMapper.builder()
			.addModules(SecurityJacksonModules.getModules(ConsoleSessions.class.getClassLoader()))
			.build();
		return new GenericJacksonJsonRedisSerializer(mapper);
	}
}
