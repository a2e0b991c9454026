package jp.chigasaki.kyodo.escalation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Turn;

/**
 * What is kept per LINE conversation outside tickets. {@code C} is a SHA-256 of the chat type and id, so that LINE
 * ids never appear in key names (slow logs, monitoring).
 * <ul>
 * <li>{@code kyodo:esc:{c:C}:ticket} STRING: the id of the conversation's open ticket. Set with NX, so a
 * conversation has at most one open ticket; deleted (compare-and-delete script) when the ticket closes. TTL
 * {@code retention}, renewed with the ticket.</li>
 * <li>{@code kyodo:esc:{c:C}:intake} HASH: the running intake (step, trigger, topic, group name, kind). TTL
 * {@code intake-timeout}.</li>
 * <li>{@code kyodo:esc:{c:C}:recent} LIST of JSON turns of the bot-mode conversation, capped at
 * {@code recent-turns-kept}. TTL {@code recent-ttl}; copied into a new ticket's transcript, then deleted.</li>
 * </ul>
 */
public class ConversationStore {

	private final StringRedisTemplate redis;
	private final EscalationProperties properties;
	private final RedisScript<Long> releasePointer = RedisScript
		.of(new ClassPathResource("escalation/release-pointer.lua"), Long.class);

	public ConversationStore(StringRedisTemplate redis, EscalationProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	static String key(ChatRef chat, String part) {
		return "kyodo:esc:{c:" + digest(chat) + "}:" + part;
	}

	public Optional<Long> openTicket(ChatRef chat) {
		return Optional.ofNullable(redis.opsForValue().get(key(chat, "ticket"))).map(Long::valueOf);
	}

	/** Points the conversation at a new ticket; false when it already has one. */
	public boolean pointAt(ChatRef chat, long ticketId) {
		Boolean set = redis.opsForValue()
			.setIfAbsent(key(chat, "ticket"), Long.toString(ticketId), properties.retention());
		return Boolean.TRUE.equals(set);
	}

	public void keepPointer(ChatRef chat) {
		redis.expire(key(chat, "ticket"), properties.retention());
	}

	public void releasePointer(ChatRef chat, long ticketId) {
		redis.execute(releasePointer, List.of(key(chat, "ticket")), Long.toString(ticketId));
	}

	public Map<String, String> intake(ChatRef chat) {
		return redis.<String, String>opsForHash()
			.entries(key(chat, "intake"))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public void saveIntake(ChatRef chat, Map<String, String> fields) {
		String key = key(chat, "intake");
		redis.opsForHash().putAll(key, fields);
		redis.expire(key, properties.intakeTimeout());
	}

	public void endIntake(ChatRef chat) {
		redis.delete(key(chat, "intake"));
	}

	public void recordTurn(ChatRef chat, Turn turn) {
		String key = key(chat, "recent");
		redis.opsForList().rightPush(key, TurnJson.write(turn));
		redis.opsForList().trim(key, -properties.recentTurnsKept(), -1);
		redis.expire(key, properties.recentTtl());
	}

	/** The recent bot-mode turns, removed: they move into the ticket. */
	public List<Turn> takeRecentTurns(ChatRef chat) {
		String key = key(chat, "recent");
		List<String> entries = redis.opsForList().range(key, 0, -1);
		redis.delete(key);
		return entries == null ? List.of() : entries.stream().map(TurnJson::read).toList();
	}

	/** Removes an unsent user message from the recent turns. */
	public void forgetMessage(ChatRef chat, String messageId) {
		TurnJson.removeMessage(redis.opsForList(), key(chat, "recent"), messageId);
	}

	public void forget(ChatRef chat) {
		redis.delete(List.of(key(chat, "intake"), key(chat, "recent")));
	}

	private static String digest(ChatRef chat) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((chat.type() + ":" + chat.chatId()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}
}
