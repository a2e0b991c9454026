package jp.chigasaki.kyodo.conversation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.localredis.RedisClusterSupport;

/**
 * Every test of {@link ConversationOwnerIntegrationTests} again on a three-master Redis Cluster: the conversation
 * record's compare-and-set, the ticket scripts with their queue indexes, the outbox and the coordinator group.
 */
class ClusterConversationOwnerIntegrationTests extends ConversationOwnerIntegrationTests {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		RedisClusterSupport.register(ClusterConversationOwnerIntegrationTests.class, registry);
	}
}
