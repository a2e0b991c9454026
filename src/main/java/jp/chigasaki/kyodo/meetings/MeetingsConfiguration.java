package jp.chigasaki.kyodo.meetings;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.announcements.Notices;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.needs.Needs;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingsProperties.class)
class MeetingsConfiguration {

	@Bean
	Meetings meetings(StringRedisTemplate redis, Needs needs, Groups groups, Notices notices,
			MeetingsProperties properties, ApplicationEventPublisher events, Clock clock) {
		return new Meetings(new MeetingStore(redis, properties.retention()), needs, groups, notices, properties,
				events, clock);
	}
}
