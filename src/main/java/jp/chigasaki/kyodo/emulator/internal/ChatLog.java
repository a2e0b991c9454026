package jp.chigasaki.kyodo.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * What the emulated chats hold, in memory only (the local run's chats are throw-away; the bot's own state lives in
 * Redis): per chat id the last {@value #MAX_ENTRIES} entries, the loading indicator, and the reply tokens issued with
 * webhooks. Bounded to {@value #MAX_CHATS} chats (least recently used dropped) and {@value #MAX_TOKENS} live tokens.
 */
@Component
@Profile("local")
class ChatLog {

	static final int MAX_ENTRIES = 500;
	static final int MAX_CHATS = 200;
	static final int MAX_TOKENS = 10_000;
	/** How long a reply token can be used; LINE's are short-lived too, and the bot must fall back to push. */
	static final Duration REPLY_TOKEN_TTL = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;
	private final Map<String, Chat> chats = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Chat> eldest) {
			return size() > MAX_CHATS;
		}
	};
	private final Map<String, IssuedToken> replyTokens = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, IssuedToken> eldest) {
			return size() > MAX_TOKENS;
		}
	};
	private long seq;

	ChatLog(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	synchronized ChatEntry append(String chatId, ChatEntry.Side side, String speaker, String via, JsonNode message) {
		Chat chat = chats.computeIfAbsent(chatId, id -> new Chat());
		ChatEntry entry = new ChatEntry(++seq, clock.instant(), side, speaker, via, message);
		chat.entries.addLast(entry);
		if (chat.entries.size() > MAX_ENTRIES) {
			chat.entries.removeFirst();
		}
		if (side == ChatEntry.Side.BOT) {
			// As in LINE: the loading animation disappears when the bot's message arrives.
			chat.loadingUntil = null;
		}
		return entry;
	}

	synchronized List<ChatEntry> after(String chatId, long afterSeq) {
		Chat chat = chats.get(chatId);
		if (chat == null) {
			return List.of();
		}
		return chat.entries.stream().filter(e -> e.seq() > afterSeq).toList();
	}

	synchronized void startLoading(String chatId, Duration duration) {
		chats.computeIfAbsent(chatId, id -> new Chat()).loadingUntil = clock.instant().plus(duration);
	}

	synchronized boolean isLoading(String chatId) {
		Chat chat = chats.get(chatId);
		return chat != null && chat.loadingUntil != null && clock.instant().isBefore(chat.loadingUntil);
	}

	/** A fresh reply token that lets the bot reply once into {@code chatId}, for {@link #REPLY_TOKEN_TTL}. */
	synchronized String issueReplyToken(String chatId) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String token = HexFormat.of().formatHex(random);
		replyTokens.put(token, new IssuedToken(chatId, clock.instant().plus(REPLY_TOKEN_TTL)));
		return token;
	}

	/** The chat a reply token was issued for; empty when unknown, already used or expired. Using it spends it. */
	synchronized Optional<String> redeemReplyToken(String token) {
		IssuedToken issued = token == null ? null : replyTokens.remove(token);
		if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
			return Optional.empty();
		}
		return Optional.of(issued.chatId());
	}

	private static final class Chat {

		private final Deque<ChatEntry> entries = new ArrayDeque<>();
		private Instant loadingUntil;
	}

	private record IssuedToken(String chatId, Instant expiresAt) {
	}
}
