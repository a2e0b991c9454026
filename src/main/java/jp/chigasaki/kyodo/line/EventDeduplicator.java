package jp.chigasaki.kyodo.line;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes every webhook event run once, however often LINE delivers it, across all instances.
 * <p>
 * Key schema: {@code kyodo:line:event:{<webhookEventId>}} STRING {@code "1"}, TTL {@code kyodo.line.dedupe-ttl}.
 * The claim is one {@code SET NX EX}: whoever sets it runs the event; there is no check-then-act. The value holds no
 * user data.
 */
@Component
class EventDeduplicator {

	private final StringRedisTemplate redis;
	private final LineProperties properties;

	EventDeduplicator(StringRedisTemplate redis, LineProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * @return true for the first delivery of this event, false for a duplicate
	 * @throws RedisUnavailableException when Redis does not answer; the event must not be acknowledged then
	 */
	boolean claim(String webhookEventId) {
		try {
			return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(webhookEventId), "1", properties.dedupeTtl()));
		}
		catch (DataAccessException ex) {
			throw new RedisUnavailableException(ex);
		}
	}

	/** Gives an accepted event back (it could not be queued), so that LINE's redelivery runs it. */
	void release(String webhookEventId) {
		try {
			redis.delete(key(webhookEventId));
		}
		catch (DataAccessException ex) {
			throw new RedisUnavailableException(ex);
		}
	}

	static String key(String webhookEventId) {
		return "kyodo:line:event:{" + webhookEventId + "}";
	}

	static final class RedisUnavailableException extends RuntimeException {

		RedisUnavailableException(Throwable cause) {
			super("Redis did not answer", cause);
		}
	}
}
