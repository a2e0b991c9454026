package jp.chigasaki.kyodo.needs;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.matching.MatchingEngine;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NeedsProperties.class)
class NeedsConfiguration {

	@Bean
	Needs needs(StringRedisTemplate redis, NeedsProperties properties, ApplicationEventPublisher events, Clock clock) {
		return new Needs(new NeedStore(redis, properties.retention()), properties, events, clock);
	}

	@Bean
	Matches matches(Needs needs, Groups groups, MatchingEngine engine, NeedsProperties properties) {
		return new Matches(needs, groups, new MatchScorer(engine::textAnalyzer), properties);
	}
}
