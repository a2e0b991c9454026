package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.DialogueProperties;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line tools read {@code kyodo.matching.*} and {@code kyodo.dialogue.*} where the service reads them, so
 * that {@code eval} measures the engine as configured (a refitted calibration set in the environment, say).
 */
class SettingsTests {

	private static final String LABELLED = "src/test/resources/matching/labelled-sample.yaml";
	private static final String INTENTS = "src/test/resources/matching/intents";

	@Test
	void withNothingSetTheToolsUseTheSettingsTheServiceShipsWith() {
		Settings shipped = Settings.shipped();

		assertThat(shipped.matching()).isEqualTo(MatchingProperties.defaults());
		assertThat(shipped.dialogue()).isEqualTo(DialogueProperties.defaults());
		assertThat(shipped.configured()).isEmpty();
	}

	@Test
	void systemPropertiesAndEnvironmentVariablesAreReadWithTheServicesNamesAndPrecedence() {
		Settings settings = Settings.of(
				Map.of("kyodo.matching.answer-threshold", "0.8", "kyodo.matching.calibration.bias", "-1.5"),
				Map.of("KYODO_MATCHING_ANSWERTHRESHOLD", "0.7", "KYODO_MATCHING_CLARIFYTHRESHOLD", "0.3",
						"KYODO_DIALOGUE_CLARIFYOPTIONS", "2", "HOME", "/root"));

		MatchingProperties matching = settings.matching();
		// The system property wins over the environment variable, as in the service.
		assertThat(matching.answerThreshold()).isEqualTo(0.8);
		assertThat(matching.clarifyThreshold()).isEqualTo(0.3);
		assertThat(matching.calibration().bias()).isEqualTo(-1.5);
		assertThat(matching.calibration().top()).isEqualTo(MatchingProperties.Calibration.defaults().top());
		assertThat(matching.analysis()).isEqualTo(MatchingProperties.Analysis.defaults());
		assertThat(settings.dialogue().clarifyOptions()).isEqualTo(2);
		assertThat(settings.configured()).containsExactlyInAnyOrder("kyodo.matching.answer-threshold=0.8",
				"kyodo.matching.calibration.bias=-1.5", "KYODO_MATCHING_ANSWERTHRESHOLD=0.7",
				"KYODO_MATCHING_CLARIFYTHRESHOLD=0.3", "KYODO_DIALOGUE_CLARIFYOPTIONS=2");
	}

	@Test
	void aValueOutsideItsBoundsOrNotANumberIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> Settings.of(Map.of("kyodo.matching.answer-threshold", "2"), Map.of()).matching())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("kyodo.matching.answer-threshold: must be less than or equal to 1");
		assertThatThrownBy(() -> Settings.of(Map.of(), Map.of("KYODO_DIALOGUE_CLARIFYOPTIONS", "9")).dialogue())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("kyodo.dialogue.clarify-options: must be less than or equal to 3");
		assertThatThrownBy(() -> Settings.of(Map.of("kyodo.matching.lead", "much"), Map.of()).matching())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("kyodo.matching.lead: ");
	}

	@Test
	void evalRefusesABadValueBeforeNamingTheSettingsAsAskDoes() {
		Result refused = eval(Settings.of(Map.of("kyodo.matching.answer-threshold", "0.9"),
				Map.of("KYODO_DIALOGUE_CLARIFYOPTIONS", "9")));

		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.out()).isEmpty();
		// The dialogue's bad value is refused though eval binds the engine's settings first.
		assertThat(refused.err()).isEqualTo("eval: kyodo.dialogue.clarify-options: must be less than or equal to 3"
				+ System.lineSeparator());
	}

	@Test
	void aProfileMadeActiveIsReadAndAnUnknownOneChangesNothing() {
		Settings local = Settings.of(Map.of("spring.profiles.active", "local,nosuchprofile"), Map.of());

		assertThat(local.matching()).isEqualTo(MatchingProperties.defaults());
		assertThat(local.configured()).isEmpty();
	}

	@Test
	void evalScoresTheEngineAsConfiguredAndSaysSoOnStandardError() {
		Result shipped = eval(Settings.shipped());
		Result strict = eval(Settings.of(Map.of("kyodo.matching.answer-threshold", "1",
				"kyodo.matching.one-sentence-answer-threshold", "1", "kyodo.matching.agreement-threshold", "1",
				"kyodo.matching.lead-threshold", "1"), Map.of()));

		assertThat(shipped.exit()).isZero();
		assertThat(strict.exit()).isZero();
		assertThat(shipped.err()).doesNotContain("with the settings");
		assertThat(strict.err()).contains("eval: with the settings ", "kyodo.matching.answer-threshold=1");
		// Nothing reaches a confidence above 1: with every answer threshold at 1 the bot answers no FAQ question
		// directly, which the shipped engine does for most of the sample.
		assertThat(shipped.json().get("bandAnswer").asInt()).isPositive();
		assertThat(strict.json().get("bandAnswer").asInt()).isLessThan(shipped.json().get("bandAnswer").asInt());
		assertThat(strict.json().get("replyAnsweredRight").asDouble())
			.isLessThan(shipped.json().get("replyAnsweredRight").asDouble());
	}

	@Test
	void theKnowledgeFoldersOfTheSettingsAreWhereTheToolsLookWithoutFaqOrIntents() {
		Settings elsewhere = Settings.of(Map.of(), Map.of("KYODO_KNOWLEDGE_FAQDIR", "src/test/resources/ask-knowledge/faq",
				"KYODO_KNOWLEDGE_INTENTSDIR", "src/test/resources/ask-knowledge/intents", "KYODO_KNOWLEDGE_REVIEWDAYS",
				"36500"));
		assertThat(elsewhere.knowledge().faqDir()).isEqualTo(Path.of("src/test/resources/ask-knowledge/faq"));
		assertThat(Settings.shipped().knowledge().faqDir()).isEqualTo(Path.of("faq"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new AskCommand(MatchingEngine::create, () -> elsewhere).run(
				new CommandLine(List.of("--json", "--audience", "staff", "協働事業を庁内で始める手順は？")),
				InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		// Answered from the small test knowledge's staff entry, which the project's faq/ does not have.
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"faqId\":\"staff-procedure\"",
				"庁内ではまず課内で目的を整理します");
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("KYODO_KNOWLEDGE_FAQDIR=src/test/resources/ask-knowledge/faq");

		Settings missing = Settings.of(Map.of("kyodo.knowledge.faq-dir", "no/such/faq"), Map.of());
		out.reset();
		exit = new ValidateCommand(() -> missing).run(new CommandLine(List.of()), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("no/such/faq");
	}

	@Test
	void evalRefusesASettingOutsideItsBoundsWithExitOne() {
		Result refused = eval(Settings.of(Map.of("kyodo.matching.clarify-threshold", "-0.5"), Map.of()));

		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("eval: kyodo.matching.clarify-threshold: must be greater than or equal to 0");
		assertThat(refused.out()).isEmpty();
	}

	private static Result eval(Settings settings) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new EvalCommand(() -> settings).run(
				new CommandLine(List.of("--json", "--intents", INTENTS, LABELLED)),
				new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int exit, String out, String err) {

		JsonNode json() {
			List<String> lines = out.lines().toList();
			return JsonMapper.shared().readTree(lines.get(lines.size() - 1));
		}
	}
}
