package jp.chigasaki.kyodo.escalation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.localredis.RedisClusterSupport;

/** Every test of {@link TicketEventsIntegrationTests} again on a three-master Redis Cluster. */
class ClusterTicketEventsIntegrationTests extends TicketEventsIntegrationTests {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		RedisClusterSupport.register(ClusterTicketEventsIntegrationTests.class, registry);
	}
}
