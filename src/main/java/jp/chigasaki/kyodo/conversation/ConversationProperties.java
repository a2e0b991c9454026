package jp.chigasaki.kyodo.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The conversation owner ({@code kyodo.conversation.*}). {@code hashKey} comes from the environment
 * ({@code KYODO_CONVERSATION_HASH_KEY}) and never appears in {@link #toString()}.
 *
 * @param hashKey the key of the keyed hash (HMAC-SHA256) that names a conversation in Redis and in events, so that
 *        no LINE id appears in a key name and the names cannot be recomputed from a LINE id without it
 * @param ttl how long a conversation record (dialogue state, intake answers, recent turns: user text) outlives its
 *        last message in bot or intake mode
 * @param humanTtl the same while a coordinator owns the conversation (as long as a ticket is kept)
 * @param dialogueTtl after this long without a message the dialogue starts afresh (misses, offered candidates)
 * @param intakeTimeout an intake not answered for this long is dropped; the next message goes to the bot
 * @param flowTimeout a guided flow not answered for this long is dropped
 * @param recentTurnsKept bot-mode turns kept for the transcript of a ticket that may follow
 * @param dialogueConcurrency how many turns may run the dialogue (matching: CPU work) at the same time; 0: one less
 *        than the processors, at least one
 */
@Validated
@ConfigurationProperties("kyodo.conversation")
public record ConversationProperties(String hashKey, @NotNull @DefaultValue("PT24H") Duration ttl,
		@NotNull @DefaultValue("P30D") Duration humanTtl, @NotNull @DefaultValue("PT1H") Duration dialogueTtl,
		@NotNull @DefaultValue("PT30M") Duration intakeTimeout, @NotNull @DefaultValue("PT30M") Duration flowTimeout,
		@Min(1) @DefaultValue("20") int recentTurnsKept, @Min(0) @DefaultValue("0") int dialogueConcurrency) {

	/** Used when no hash key is set: names stay free of LINE ids, but anyone with the code can recompute them. */
	static final String DEFAULT_HASH_KEY = "kyodo-concierge-conversation";

	public ConversationProperties {
		hashKey = hashKey == null || hashKey.isBlank() ? DEFAULT_HASH_KEY : hashKey.strip();
		if (dialogueConcurrency == 0) {
			dialogueConcurrency = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		}
	}

	@Override
	public String toString() {
		return "ConversationProperties[hashKey=******, ttl=" + ttl + ", humanTtl=" + humanTtl + ", dialogueTtl="
				+ dialogueTtl + ", intakeTimeout=" + intakeTimeout + ", flowTimeout=" + flowTimeout
				+ ", recentTurnsKept=" + recentTurnsKept + ", dialogueConcurrency=" + dialogueConcurrency + "]";
	}
}
