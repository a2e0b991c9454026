package jp.chigasaki.kyodo.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Sign-in attempts per account name and per client address, shared by every instance through Redis. The first
 * {@code freeAttempts} pass; each further one waits twice as long as the one before (up to {@code longestDelay});
 * after {@code lockAfter} attempts the subject is locked for {@code lock}. An unknown account name is counted exactly
 * like a real one, so the answers never tell whether an account exists.
 * <ul>
 * <li>{@code kyodo:signin:{account:SHA}} HASH {@code attempts}, {@code last} (epoch millis): SHA is the first 32 hex
 * digits of SHA-256 of the name as typed (no name is stored). TTL {@code lock}, renewed on every attempt; deleted on
 * a successful sign-in.</li>
 * <li>{@code kyodo:signin:{address:SHA}} HASH, the same for the client address (after the proxy's forwarded
 * headers); a successful sign-in gives its attempt back.</li>
 * </ul>
 * Each subject is one key changed by one script ({@code console/signin-*.lua}), so the rule holds on Redis Cluster.
 */
class SignInThrottle {

	private static final RedisScript<Long> ATTEMPT = script("signin-attempt");
	private static final RedisScript<Long> REFUND = script("signin-refund");

	private final StringRedisTemplate redis;
	private final Clock clock;
	private final ConsoleProperties.SignIn rules;

	SignInThrottle(StringRedisTemplate redis, Clock clock, ConsoleProperties.SignIn rules) {
		this.redis = redis;
		this.clock = clock;
		this.rules = rules;
	}

	/** Zero when the attempt may go on (and is counted); otherwise how long this address or account must wait. */
	Duration admit(String account, String address) {
		Duration wait = admit(addressKey(address), rules.addressFreeAttempts(), rules.addressLockAfter());
		return wait.isZero() ? admit(accountKey(account), rules.freeAttempts(), rules.lockAfter()) : wait;
	}

	void succeeded(String account, String address) {
		redis.delete(accountKey(account));
		redis.execute(REFUND, List.of(addressKey(address)));
	}

	private Duration admit(String key, int free, int lockAfter) {
		Long wait = redis.execute(ATTEMPT, List.of(key), Long.toString(clock.millis()), Integer.toString(free),
				Long.toString(rules.firstDelay().toMillis()), Long.toString(rules.longestDelay().toMillis()),
				Integer.toString(lockAfter), Long.toString(rules.lock().toMillis()));
		return Duration.ofMillis(wait == null ? 0 : wait);
	}

	static String accountKey(String account) {
		return "kyodo:signin:{account:" + sha(account) + "}";
	}

	static String addressKey(String address) {
		return "kyodo:signin:{address:" + sha(address) + "}";
	}

	private static String sha(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RedisScript<Long> script(String name) {
		return LuaScripts.of("console/" + name + ".lua", Long.class);
	}
}
