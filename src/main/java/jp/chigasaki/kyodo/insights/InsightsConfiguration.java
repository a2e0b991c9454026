package jp.chigasaki.kyodo.insights;

import java.time.Clock;
import java.time.LocalDate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.matching.MatchingEngine;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightsProperties.class)
class InsightsConfiguration {

	@Bean
	AnalyticsStore analyticsStore(StringRedisTemplate redis, InsightsProperties properties, Clock clock) {
		return new AnalyticsStore(redis, properties, clock);
	}

	@Bean
	InsightsMetrics insightsMetrics(MeterRegistry registry) {
		return new InsightsMetrics(registry);
	}

	@Bean
	TurnRecorder turnRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json,
			InsightsProperties properties) {
		return new TurnRecorder(store, metrics, json, properties);
	}

	@Bean
	TicketRecorder ticketRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json,
			InsightsProperties properties) {
		return new TicketRecorder(store, metrics, json, properties);
	}

	@Bean
	InitiativeRecorder initiativeRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json,
			InsightsProperties properties) {
		return new InitiativeRecorder(store, metrics, json, properties);
	}

	@Bean
	Insights insights(AnalyticsStore store, MatchingEngine engine, Knowledge knowledge, JsonMapper json,
			InsightsProperties properties, Clock clock) {
		return new Insights(store, new UnansweredQuestions(store, engine, knowledge, json, properties), knowledge,
				properties, clock);
	}

	/**
	 * Today's figures read from Redis at each scrape: the same value on every instance (take max, not sum, in
	 * Prometheus). A scrape while Redis is down reports NaN rather than failing.
	 */
	@Bean
	MeterBinder insightsTodayGauges(Insights insights) {
		return registry -> {
			today(registry, "kyodo.insights.today.questions", insights, f -> f.questions());
			today(registry, "kyodo.insights.today.answered", insights, f -> f.answered());
			today(registry, "kyodo.insights.today.fallback", insights, f -> f.fallback());
			today(registry, "kyodo.insights.today.self.resolution.rate", insights,
					f -> f.selfResolution().rate() == null ? Double.NaN : f.selfResolution().rate());
			today(registry, "kyodo.insights.today.unanswered", insights,
					f -> f.unanswered().values().stream().mapToLong(Long::longValue).sum());
		};
	}

	private static void today(MeterRegistry registry, String name, Insights insights,
			java.util.function.ToDoubleFunction<InsightsReport.Figures> figure) {
		Gauge.builder(name, insights, i -> {
			try {
				LocalDate today = i.today();
				return figure.applyAsDouble(i.report(today, today).figures());
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}).description("today's figure in the configured zone, read from Redis").register(registry);
	}
}
