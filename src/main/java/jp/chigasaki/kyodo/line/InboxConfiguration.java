package jp.chigasaki.kyodo.line;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.linecorp.bot.messaging.client.MessagingApiClient;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.chigasaki.kyodo.conversation.ConversationOwner;

/** The inbox, its reader and what an event goes through: router, conversation owner, messenger. */
@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

	@Bean
	Chats lineChats(LineProperties properties) {
		return new Chats(properties);
	}

	@Bean
	PushDelivery linePushDelivery(MessagingApiClient client, LineProperties properties, MeterRegistry meters,
			Clock clock) {
		return new PushDelivery(client, properties, meters, clock);
	}

	@Bean
	LineMessenger lineMessenger(MessagingApiClient client, PushDelivery pushes, LineProperties properties,
			MeterRegistry meters) {
		return new LineMessenger(client, pushes, properties, meters);
	}

	@Bean
	LoadingIndicator lineLoadingIndicator(LineMessenger messenger, LineProperties properties) {
		return new LoadingIndicator(messenger, properties.workers().loadingAfter());
	}

	@Bean
	EventRouter lineEventRouter(ConversationOwner owner, Chats chats, LineMessenger messenger,
			LoadingIndicator loading, LineProperties properties, MeterRegistry meters) {
		return new EventRouter(owner, chats, new GroupAddressing(properties), messenger, loading, properties, meters);
	}

	@Bean
	InboxStreams lineInboxStreams(StringRedisTemplate redis) {
		return new InboxStreams(redis, "i-" + UUID.randomUUID());
	}

	@Bean
	InboxReader lineInboxReader(InboxStreams streams, StringRedisTemplate redis, EventRouter router,
			LineProperties properties, Clock clock) {
		// Lanes are bounded by the reader (it stops reading at workers.capacity), so they accept every entry read.
		ConversationWorkers lanes = new ConversationWorkers(properties.workers().threads(), Integer.MAX_VALUE);
		ConversationWorkers.adviseOnPriority(ManagementFactory.getRuntimeMXBean().getInputArguments());
		return new InboxReader(streams,
				new InboxInstances(redis, streams.consumer(), properties.inbox().lease(), clock), lanes, router,
				properties);
	}

	@Bean
	WebhookInbox lineWebhookInbox(StringRedisTemplate redis, ConversationOwner owner, LineProperties properties) {
		return new WebhookInbox(redis, owner, properties);
	}

	/** {@code kyodo.line.inbox.backlog}: events accepted and not yet done, over all partitions, read at each scrape. */
	@Bean
	MeterBinder lineInboxBacklog(InboxStreams streams, LineProperties properties) {
		return registry -> Gauge.builder("kyodo.line.inbox.backlog", streams, s -> {
			long total = 0;
			for (int partition = 0; partition < properties.inbox().partitions(); partition++) {
				total += Math.max(0, s.backlog(partition));
			}
			return total;
		}).description("webhook events accepted and not yet done").register(registry);
	}
}
