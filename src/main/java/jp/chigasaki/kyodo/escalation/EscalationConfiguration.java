package jp.chigasaki.kyodo.escalation;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import jp.chigasaki.kyodo.escalation.internal.Acknowledgement;
import jp.chigasaki.kyodo.escalation.internal.BusinessHours;
import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.HolidayCalendar;
import jp.chigasaki.kyodo.escalation.internal.ReplyOutbox;
import jp.chigasaki.kyodo.escalation.internal.TicketEventStream;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BusinessHours businessHours(EscalationProperties properties) {
		return new BusinessHours(HolidayCalendar.load(properties.calendarFile()), properties.zone(),
				properties.officeOpens(), properties.officeCloses());
	}

	@Bean
	TicketStore ticketStore(StringRedisTemplate redis, EscalationProperties properties) {
		return new TicketStore(redis, properties);
	}

	@Bean
	EscalationQueue escalationQueue(StringRedisTemplate redis, EscalationProperties properties, TicketStore store,
			ChatMessenger messenger, ApplicationEventPublisher events, Clock clock) {
		return new EscalationQueue(store, new ReplyOutbox(redis, properties), messenger, events, clock);
	}

	/** The durable ticket event readers: one thread per {@link TicketSubscriber} bean, on every instance. */
	@Bean
	TicketEventReaders ticketEventReaders(StringRedisTemplate redis, EscalationProperties properties,
			ObjectProvider<TicketSubscriber> subscribers) {
		return new TicketEventReaders(new TicketEventStream(redis), redis.getRequiredConnectionFactory(), subscribers,
				properties.events());
	}

	@Bean
	TicketIndexReconciler ticketIndexReconciler(TicketStore store) {
		return new TicketIndexReconciler(store);
	}

	@Bean
	CoordinatorGroup coordinatorGroup(EscalationProperties properties, ChatMessenger messenger,
			ObjectProvider<Coordinator.Directory> directory, BusinessHours hours) {
		return new CoordinatorGroup(properties, messenger,
				directory.getIfAvailable(() -> lineUserId -> java.util.Optional.empty()), new Acknowledgement(hours));
	}

	@Bean
	Handovers handovers(TicketStore store, BusinessHours hours, CoordinatorGroup group, EscalationQueue queue,
			EscalationProperties properties, ApplicationEventPublisher events, Clock clock) {
		return new Handovers(store, hours, group, queue, properties, events, clock);
	}

	/** {@code kyodo.tickets.open{queue}}: open tickets per queue, read from Redis at each scrape. */
	@Bean
	MeterBinder openTicketGauges(TicketStore store) {
		return registry -> {
			for (Ticket.Queue queue : Ticket.Queue.values()) {
				Gauge.builder("kyodo.tickets.open", store, s -> s.openCount(queue))
					.tag("queue", queue.name())
					.description("open tickets (waiting or claimed)")
					.register(registry);
			}
		};
	}

	@Bean
	EscalationJobs escalationJobs(EscalationQueue queue, TicketStore store, CoordinatorGroup group,
			EscalationProperties properties, Clock clock) {
		return new EscalationJobs(queue, store, group, properties, clock);
	}
}
