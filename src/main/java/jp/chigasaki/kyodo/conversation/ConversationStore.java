package jp.chigasaki.kyodo.conversation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.escalation.ChatRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * The one home of a conversation's state.
 * <p>
 * Key schema: {@code kyodo:{c:K}:conversation} HASH with {@code v} (a version number, incremented by every save)
 * and {@code json} (the {@link ConversationRecord}). {@code K} is the conversation key: the first 128 bits of
 * HMAC-SHA256({@code kyodo.conversation.hash-key}, {@code "<user|group|room>:<LINE chat id>"}) in hex. The same
 * {@code K} names the conversation in {@link TurnCompleted} and in the inbox partitioning, so no LINE id appears in a
 * key or an event. TTL: {@code ttl} ({@code human-ttl} while a coordinator owns the conversation), renewed by every
 * save. A turn is one {@code HMGET} and one save script (compare-and-set on {@code v}, {@code conversation/save.lua}).
 */
class ConversationStore {

	private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);

	private final StringRedisTemplate redis;
	private final JsonMapper json;
	private final ConversationProperties properties;
	private final SecretKeySpec hashKey;
	private final RedisScript<Long> save = LuaScripts.of("conversation/save.lua", Long.class);

	ConversationStore(StringRedisTemplate redis, JsonMapper json, ConversationProperties properties) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
		this.hashKey = new SecretKeySpec(properties.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** A stored record and the version it was loaded at. */
	record Loaded(ConversationRecord record, String version) {
	}

	String conversationKey(ChatRef chat) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			byte[] digest = mac.doFinal((chat.type().name().toLowerCase(Locale.ROOT) + ":" + chat.chatId())
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is always available", ex);
		}
	}

	static String redisKey(String conversationKey) {
		return "kyodo:{c:" + conversationKey + "}:conversation";
	}

	Loaded load(String conversationKey) {
		List<Object> fields = redis.opsForHash().multiGet(redisKey(conversationKey), List.of("v", "json"));
		String version = (String) fields.get(0);
		String stored = (String) fields.get(1);
		if (version == null || stored == null) {
			return new Loaded(ConversationRecord.NEW, version == null ? "0" : version);
		}
		try {
			return new Loaded(json.readValue(stored, ConversationRecord.class), version);
		}
		catch (JacksonException ex) {
			// A record written by an incompatible version is not worth failing a conversation for.
			log.warn("Unreadable conversation record ({}): starting afresh", ex.getClass().getSimpleName());
			return new Loaded(ConversationRecord.NEW, version);
		}
	}

	/** @return false when the record changed since it was loaded at {@code version}: load again and redo the turn */
	boolean save(String conversationKey, String version, ConversationRecord record) {
		Duration ttl = record.mode() == ConversationRecord.Mode.HUMAN ? properties.humanTtl() : properties.ttl();
		Long saved = redis.execute(save, List.of(redisKey(conversationKey)), version,
				json.writeValueAsString(record), Long.toString(Math.max(1, ttl.toSeconds())));
		return saved != null && saved == 1;
	}

	void forget(String conversationKey) {
		redis.delete(redisKey(conversationKey));
	}
}
