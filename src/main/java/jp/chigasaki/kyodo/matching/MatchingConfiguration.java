package jp.chigasaki.kyodo.matching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.chigasaki.kyodo.knowledge.Knowledge;

/** The classifier bean: built from the current knowledge, rebuilt before each reload's snapshot becomes current. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfiguration {

	@Bean
	MatchingEngine matchingEngine(Knowledge knowledge, MatchingProperties properties) {
		MatchingEngine engine = MatchingEngine.create(knowledge.current(), properties);
		knowledge.onReload(engine::rebuild);
		return engine;
	}
}
