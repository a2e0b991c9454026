package jp.chigasaki.kyodo.line;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.localredis.RedisClusterSupport;

/**
 * Every test of {@link ConversationIntegrationTests} again on a three-master Redis Cluster: the webhook's pipelined
 * append over several partitions, the consumer group, leases, acknowledgements and the conversation records.
 */
class ClusterConversationIntegrationTests extends ConversationIntegrationTests {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		RedisClusterSupport.register(ClusterConversationIntegrationTests.class, registry);
	}
}
