package jp.chigasaki.kyodo.console;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.chigasaki.kyodo.escalation.EscalationQueue;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

	/** Spring Session stores the console's sessions with it (the bean name is how Spring Session finds it). */
	@Bean
	org.springframework.data.redis.serializer.RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		return new SessionValues(getClass().getClassLoader());
	}

	@Bean
	TicketViews ticketViews(EscalationQueue queue, Accounts accounts, Clock clock) {
		return new TicketViews(queue, accounts, clock);
	}

	@Bean
	CannedReplies cannedReplies(ConsoleProperties properties) {
		return new CannedReplies(properties.cannedDir());
	}
}
