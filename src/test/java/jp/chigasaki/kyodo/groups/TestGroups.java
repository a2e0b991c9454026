package jp.chigasaki.kyodo.groups;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jp.chigasaki.kyodo.localredis.TestRedis;

/** A {@link Groups} on the tests' real redis-server, for other features' tests. */
public final class TestGroups {

	private TestGroups() {
	}

	public static Groups create(List<Object> published, Clock clock) {
		return new Groups(new GroupStore(TestRedis.template(), Duration.ofDays(730)),
				new GroupsProperties(true, Duration.ofDays(730)), published::add, clock);
	}
}
