package jp.chigasaki.kyodo.knowledge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

	@Bean
	Knowledge knowledge(KnowledgeProperties properties) {
		return new Knowledge(properties);
	}
}
