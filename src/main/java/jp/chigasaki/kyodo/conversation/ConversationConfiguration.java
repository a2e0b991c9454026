package jp.chigasaki.kyodo.conversation;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.escalation.ChatMessenger;
import jp.chigasaki.kyodo.escalation.Handovers;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

	@Bean
	ConversationStore conversationStore(StringRedisTemplate redis, JsonMapper json,
			ConversationProperties properties) {
		return new ConversationStore(redis, json, properties);
	}

	@Bean
	ConversationOwner conversationOwner(ConversationStore store, Dialogue dialogue, Handovers handovers,
			List<GuidedFlow> flows, JsonMapper json, ConversationProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		IntakeMode intake = new IntakeMode(new Intake(handovers.topics()), handovers, dialogue, properties);
		BotMode bot = new BotMode(dialogue, intake, json, properties);
		Modes modes = new Modes(bot, intake, new HumanMode(handovers, bot), new FlowMode(flows, properties),
				properties);
		return new ConversationOwner(store, modes, handovers, events, clock);
	}

	@Bean
	TicketNotices ticketNotices(Handovers handovers, ConversationStore store, ChatMessenger messenger, Clock clock) {
		return new TicketNotices(handovers, store, messenger, clock);
	}
}
