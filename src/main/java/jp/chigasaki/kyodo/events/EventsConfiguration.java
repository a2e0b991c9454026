package jp.chigasaki.kyodo.events;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import jp.chigasaki.kyodo.announcements.Notices;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

	@Bean
	EventStore eventStore(StringRedisTemplate redis, EventsProperties properties) {
		return new EventStore(redis, properties.retention());
	}

	@Bean
	Events events(EventStore eventStore, EventsProperties properties, ApplicationEventPublisher publisher,
			Clock clock) {
		return new Events(eventStore, properties, publisher, clock);
	}

	@Bean
	EventReminders eventReminders(Events events, EventStore eventStore, Notices notices, Clock clock) {
		return new EventReminders(events, eventStore, notices, clock);
	}

	/**
	 * The public read-only pages: no session, no sign-in, no form to protect. Their Content-Security-Policy is the
	 * one every page gets from the operations feature.
	 */
	@Bean
	@Order(30)
	SecurityFilterChain publicPagesSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/events", "/events.ics", "/faq", "/public/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}
}
