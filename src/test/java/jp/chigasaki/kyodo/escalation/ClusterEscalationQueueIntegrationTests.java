package jp.chigasaki.kyodo.escalation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.localredis.RedisClusterSupport;

/** Every test of {@link EscalationQueueIntegrationTests} again on a three-master Redis Cluster. */
class ClusterEscalationQueueIntegrationTests extends EscalationQueueIntegrationTests {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		RedisClusterSupport.register(ClusterEscalationQueueIntegrationTests.class, registry);
	}
}
