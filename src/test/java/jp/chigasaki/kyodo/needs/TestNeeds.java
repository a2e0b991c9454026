package jp.chigasaki.kyodo.needs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jp.chigasaki.kyodo.localredis.TestRedis;

/** A {@link Needs} on the tests' real redis-server, for other features' tests. */
public final class TestNeeds {

	private TestNeeds() {
	}

	public static Needs create(List<Object> published, Clock clock) {
		return new Needs(new NeedStore(TestRedis.template(), Duration.ofDays(730)),
				new NeedsProperties(true, Duration.ofDays(730), 10, 0.15), published::add, clock);
	}
}
