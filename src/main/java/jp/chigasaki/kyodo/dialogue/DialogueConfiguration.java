package jp.chigasaki.kyodo.dialogue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogueProperties.class)
class DialogueConfiguration {

	@Bean
	DialoguePolicy dialoguePolicy(Knowledge knowledge, QuestionClassifier classifier, DialogueProperties properties) {
		return new DialoguePolicy(knowledge::current, classifier, properties);
	}
}
