package jp.chigasaki.kyodo.line;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.escalation.ChatRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dialogue's memory of each conversation, shared by every instance.
 * <p>
 * Key schema: {@code kyodo:line:conversation:{<user|group|room>:<chatId>}} STRING, the JSON of
 * {@link ConversationState} ({@code offered}, {@code misses}, {@code lastFaqId}: ids and counts, no user text), TTL
 * {@code kyodo.line.conversation-ttl}, renewed on every save. One group's state is separate from each member's
 * one-to-one state. Each change is a single {@code SET EX} or {@code DEL}.
 */
@Component
class DialogueStateStore {

	private static final Logger log = LoggerFactory.getLogger(DialogueStateStore.class);

	private final StringRedisTemplate redis;
	private final JsonMapper json;
	private final LineProperties properties;

	DialogueStateStore(StringRedisTemplate redis, JsonMapper json, LineProperties properties) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
	}

	ConversationState load(ChatRef chat) {
		String stored = redis.opsForValue().get(key(chat));
		if (stored == null) {
			return ConversationState.NEW;
		}
		try {
			return json.readValue(stored, ConversationState.class);
		}
		catch (JacksonException ex) {
			// A state written by an older version is not worth failing a conversation for.
			log.warn("Unreadable conversation state ({}): starting afresh", ex.getClass().getSimpleName());
			return ConversationState.NEW;
		}
	}

	void save(ChatRef chat, ConversationState state) {
		redis.opsForValue().set(key(chat), json.writeValueAsString(state), properties.conversationTtl());
	}

	void forget(ChatRef chat) {
		redis.delete(key(chat));
	}

	static String key(ChatRef chat) {
		return "kyodo:line:conversation:{" + chat.type().name().toLowerCase(Locale.ROOT) + ":" + chat.chatId() + "}";
	}
}
