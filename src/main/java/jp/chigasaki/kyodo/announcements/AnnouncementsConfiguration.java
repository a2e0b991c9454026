package jp.chigasaki.kyodo.announcements;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.linecorp.bot.messaging.client.MessagingApiClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnnouncementsProperties.class)
class AnnouncementsConfiguration {

	@Bean
	LineDelivery announcementDelivery(MessagingApiClient client, AnnouncementsProperties properties) {
		return new LineDelivery(client, properties.delivery());
	}

	@Bean
	Notices notices(LineDelivery announcementDelivery) {
		return new Notices(announcementDelivery);
	}

	@Bean
	Announcements announcements(StringRedisTemplate redis, LineDelivery announcementDelivery,
			AnnouncementsProperties properties, ApplicationEventPublisher events, Clock clock) {
		return new Announcements(new AnnouncementStore(redis, properties.retention()), announcementDelivery,
				properties, events, clock);
	}
}
