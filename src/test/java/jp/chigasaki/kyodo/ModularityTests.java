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

	/** Every feature package (the first name under the base package), read from the classes themselves. */
	private static final java.util.Set<String> FEATURES = CLASSES.stream()
		.map(c -> c.getPackageName())
		.filter(p -> p.startsWith(BASE))
		.map(p -> p.substring(BASE.length()).split("\\.")[0])
		.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

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
	void conversationUsesTheDialogueAndTheTicketsButNoTransport() {
		onlyOn("conversation", "dialogue", "escalation", "matching", "knowledge");
	}

	@Test
	void lineIsTransportOnlyAndHandsEveryTurnToTheConversationOwner() {
		onlyOn("line", "conversation", "escalation", "dialogue", "knowledge");
	}

	@Test
	void consoleUsesEscalationInsightsKnowledgeAndTheInitiativesOnly() {
		onlyOn("console", "escalation", "insights", "knowledge", "groups", "needs", "meetings", "events",
				"announcements");
	}

	@Test
	void insightsListensToTheConversationAndTicketsAndKnowsNoTransportOrConsole() {
		onlyOn("insights", "conversation", "dialogue", "escalation", "matching", "knowledge", "groups", "needs",
				"meetings", "events", "announcements");
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
		onlyOn("cli", "knowledge", "matching", "dialogue", "richmenu", "exchange");
	}

	@Test
	void importAndExportKnowOnlyTheKnowledge() {
		onlyOn("exchange", "knowledge");
	}

	@Test
	void richMenusKnowOnlyTheKnowledgeTheyPointAt() {
		onlyOn("richmenu", "knowledge");
	}

	@Test
	void operationsDependsOnNoFeature() {
		onlyOn("operations");
	}

	@Test
	void theSharedRedisHelpersDependOnNoFeature() {
		onlyOn("redis");
	}

	@Test
	void startupChecksUseOnlyKnowledgeAndTheLocalRedis() {
		onlyOn("startup", "knowledge", "localredis");
	}

	private static void onlyOn(String feature, String... allowed) {
		String[] others = FEATURES.stream()
			// Every feature may use the shared Redis helpers (they depend on no feature themselves).
			.filter(f -> !f.equals(feature) && !f.equals("redis") && !java.util.List.of(allowed).contains(f))
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
