package jp.chigasaki.kyodo.console;

import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

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
		// Spring MVC keeps the pages' flash notices (「#12 を担当しました。」) in the session as a list of FlashMaps.
		BasicPolymorphicTypeValidator.Builder flash = BasicPolymorphicTypeValidator.builder()
			.allowIfSubType(CopyOnWriteArrayList.class)
			.allowIfSubType(FlashMap.class)
			.allowIfSubType(LinkedMultiValueMap.class);
		JsonMapper mapper = JsonMapper.builder()
			.addModules(SecurityJacksonModules.getModules(ConsoleSessions.class.getClassLoader(), flash))
			.build();
		return new GenericJacksonJsonRedisSerializer(mapper);
	}
}
