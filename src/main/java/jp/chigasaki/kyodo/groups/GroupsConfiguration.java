package jp.chigasaki.kyodo.groups;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupsProperties.class)
class GroupsConfiguration {

	@Bean
	Groups groups(StringRedisTemplate redis, GroupsProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		return new Groups(new GroupStore(redis, properties.retention()), properties, events, clock);
	}
}
