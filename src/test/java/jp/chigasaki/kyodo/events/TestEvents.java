package jp.chigasaki.kyodo.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jp.chigasaki.kyodo.localredis.TestRedis;

/** An {@link Events} on the tests' real redis-server, for other features' tests. */
public final class TestEvents {

	private TestEvents() {
	}

	public static Events create(List<Object> published, Clock clock) {
		return new Events(new EventStore(TestRedis.template(), Duration.ofDays(90)),
				new EventsProperties(true, Duration.ofDays(90), Duration.ofMinutes(15), "http://localhost"),
				published::add, clock);
	}
}
