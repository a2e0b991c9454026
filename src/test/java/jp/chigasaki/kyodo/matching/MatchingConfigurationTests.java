package jp.chigasaki.kyodo.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;

class MatchingConfigurationTests {

	@TempDir
	Path root;

	@Test
	void bindsPropertiesWithDefaultsEqualToTheCodeDefaults() {
		runner().run(context -> assertThat(context.getBean(MatchingProperties.class))
			.isEqualTo(MatchingProperties.defaults()));
	}

	@Test
	void thresholdsComeFromConfiguration() {
		runner().withPropertyValues("kyodo.matching.answer-threshold=0.8", "kyodo.matching.max-candidates=3",
				"kyodo.matching.phrasing-model-threshold=0.4", "kyodo.matching.lead-threshold=1",
				"kyodo.matching.lead=0.3")
			.run(context -> {
				MatchingProperties properties = context.getBean(MatchingEngine.class).properties();
				assertThat(properties.answerThreshold()).isEqualTo(0.8);
				assertThat(properties.maxCandidates()).isEqualTo(3);
				assertThat(properties.phrasingModelThreshold()).isEqualTo(0.4);
				assertThat(properties.leadThreshold()).isEqualTo(1);
				assertThat(properties.lead()).isEqualTo(0.3);
			});
	}

	@Test
	void reloadSwapsTheIndexWhileQuestionsKeepBeingAnswered() throws IOException {
		Path faq = copy(Path.of("faq"), root.resolve("faq"));
		Path intents = copy(Path.of("src/test/resources/matching/intents"), root.resolve("intents"));
		runner().withPropertyValues("kyodo.knowledge.faq-dir=" + faq, "kyodo.knowledge.intents-dir=" + intents)
			.run(context -> {
				QuestionClassifier classifier = context.getBean(QuestionClassifier.class);
				assertThat(ids(classifier.classify("ペンギンの飼育係", Audience.MEMBER))).doesNotContain("penguin");
				Files.writeString(faq.resolve("penguin.yaml"), PENGUIN);
				ConcurrentLinkedQueue<Classification> answers = new ConcurrentLinkedQueue<>();
				AtomicBoolean reloading = new AtomicBoolean(true);
				AtomicInteger failures = new AtomicInteger();
				Thread asker = new Thread(() -> {
					while (reloading.get()) {
						Classification result = classifier.classify("げんき基金の締め切り", Audience.MEMBER);
						if (result.candidates().isEmpty()) {
							failures.incrementAndGet();
						}
						answers.add(result);
					}
				});
				asker.start();
				context.getBean(Knowledge.class).reload();
				context.getBean(Knowledge.class).reload();
				reloading.set(false);
				await().until(() -> !asker.isAlive());
				assertThat(answers).isNotEmpty();
				assertThat(failures).hasValue(0);
				assertThat(ids(classifier.classify("ペンギンの飼育係", Audience.MEMBER))).first().isEqualTo("penguin");
			});
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
			.withUserConfiguration(Config.class)
			.withPropertyValues("kyodo.knowledge.intents-dir=src/test/resources/matching/intents");
	}

	private static List<String> ids(Classification result) {
		return result.candidates().stream().map(Candidate::faqId).toList();
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return to;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(KnowledgeProperties.class)
	@Import(MatchingConfiguration.class)
	static class Config {

		@Bean
		Knowledge knowledge(KnowledgeProperties properties) {
			return new Knowledge(properties);
		}
	}

	private static final String PENGUIN = """
			entries:
			  - id: penguin
			    question: ペンギンの飼育係になるには？
			    phrasings: [ペンギンの飼育係, ペンギン 飼育, ペンギンのお世話をしたい]
			    answer: テスト用の答えです。
			    audience: [member, staff]
			    category: テスト
			    department: shimin-jichi-kyodo
			    sources: [seed]
			    reviewed: 2026-11-29
			""";
}
