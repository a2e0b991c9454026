package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/** The dialogue bean and its {@code kyodo.dialogue.*} settings. */
class DialogueConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(Knowledge.class, () -> new Knowledge(new KnowledgeProperties(Path.of("faq"), Path.of("intents"))))
		.withBean(QuestionClassifier.class, () -> (question, audience) -> new Classification(null, 0,
				java.util.List.of(), 0, Band.LOW))
		.withUserConfiguration(DialogueConfiguration.class);

	@Test
	void bindsTheDefaults() {
		context.run(ctx -> {
			assertThat(ctx).hasNotFailed();
			assertThat(ctx.getBean(DialogueProperties.class)).isEqualTo(DialogueProperties.defaults());
			assertThat(ctx.getBean(Dialogue.class)).isInstanceOf(DialoguePolicy.class);
		});
	}

	@Test
	void handsOverAfterTheConfiguredNumberOfMisses() {
		context.withPropertyValues("kyodo.dialogue.misses-before-handoff=3").run(ctx -> {
			Dialogue dialogue = ctx.getBean(Dialogue.class);
			Reply first = dialogue.answer("？？", Audience.MEMBER, ConversationState.NEW);
			Reply second = dialogue.answer("？？", Audience.MEMBER, first.next());
			Reply third = dialogue.answer("？？", Audience.MEMBER, second.next());

			assertThat(second.decision()).isEqualTo(Decision.FALLBACK);
			assertThat(third.decision()).isEqualTo(Decision.ESCALATE);
		});
	}

	@Test
	void refusesToStartWithMoreThanThreeClarifyOptions() {
		context.withPropertyValues("kyodo.dialogue.clarify-options=5")
			.run(ctx -> assertThat(ctx).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("clarifyOptions"));
	}
}
