package jp.chigasaki.kyodo.line;

import java.time.Clock;
import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The instances reading the inbox, so each takes a fair share of the partitions.
 * <p>
 * Key schema: {@code kyodo:{inbox}:instances} ZSET consumer name → expiry (epoch millis), refreshed on every lease
 * round; members past their expiry are removed by whoever counts. No user data, no TTL (the members expire).
 */
class InboxInstances {

	static final String KEY = "kyodo:{inbox}:instances";

	private final StringRedisTemplate redis;
	private final String consumer;
	private final Duration lease;
	private final Clock clock;

	InboxInstances(StringRedisTemplate redis, String consumer, Duration lease, Clock clock) {
		this.redis = redis;
		this.consumer = consumer;
		this.lease = lease;
		this.clock = clock;
	}

	/** Announces this instance and counts the live ones (at least this one). */
	int live() {
		long now = clock.millis();
		redis.opsForZSet().add(KEY, consumer, now + lease.toMillis());
		redis.opsForZSet().removeRangeByScore(KEY, 0, now);
		Long count = redis.opsForZSet().zCard(KEY);
		return count == null ? 1 : (int) Math.max(1, count);
	}

	void leave() {
		try {
			redis.opsForZSet().remove(KEY, consumer);
		}
		catch (RuntimeException ex) {
			// Shutting down without Redis: the member expires by itself.
		}
	}
}
