package jp.chigasaki.kyodo;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The feature packages depend on each other one way only, as PRODUCT.md draws them. */
class ModularityTests {

	private static final String BASE = "jp.chigasaki.kyodo.";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.chigasaki.kyodo");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("jp.chigasaki.kyodo.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void knowledgeDependsOnNoOtherFeature() {
		onlyOn("knowledge");
	}

	@Test
	void matchingDependsOnlyOnKnowledge() {
		onlyOn("matching", "knowledge");
	}

	@Test
	void dialogueDependsOnlyOnMatchingAndKnowledge() {
		onlyOn("dialogue", "matching", "knowledge");
	}

	@Test
	void escalationDoesNotKnowLineConsoleOrMatching() {
		onlyOn("escalation", "dialogue", "knowledge");
	}

	@Test
	void consoleUsesEscalationKnowledgeAndTheInitiativesOnly() {
		onlyOn("console", "escalation", "knowledge", "groups", "needs", "meetings", "events", "announcements");
	}

	@Test
	void theInitiativesDependOnEachOtherOneWayAndNeverOnTheMessagePathOrTheConsole() {
		onlyOn("groups");
		onlyOn("needs", "groups", "matching", "knowledge");
		onlyOn("announcements", "groups", "matching", "knowledge");
		onlyOn("events", "groups", "announcements", "matching", "knowledge");
		onlyOn("meetings", "needs", "groups", "announcements", "matching", "knowledge");
		onlyOn("initiatives", "groups", "needs", "meetings", "events", "announcements", "dialogue", "matching",
				"knowledge", "conversation", "escalation");
	}

	@Test
	void theCommandsNeedNoWebhookNoQueueAndNoRedis() {
		onlyOn("cli", "knowledge", "matching", "dialogue");
	}

	private static void onlyOn(String feature, String... allowed) {
		String[] others = java.util.Arrays
			.stream(new String[] { "knowledge", "matching", "dialogue", "line", "escalation", "console", "emulator",
					"localredis", "cli", "groups", "needs", "meetings", "events", "announcements", "initiatives",
					"conversation" })
			.filter(f -> !f.equals(feature) && !java.util.List.of(allowed).contains(f))
			.map(f -> BASE + f + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage(BASE + feature + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.check(CLASSES);
	}
}
