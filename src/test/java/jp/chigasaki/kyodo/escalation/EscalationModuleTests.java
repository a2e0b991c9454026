package jp.chigasaki.kyodo.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point one way: console → escalation (public API only); escalation knows neither console nor LINE. */
class EscalationModuleTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.chigasaki.kyodo");

	@Test
	void escalationDoesNotDependOnTheConsoleOrTheLineLayer() {
		noClasses().that()
			.resideInAPackage("..escalation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..console..", "..line..")
			.check(CLASSES);
	}

	@Test
	void theConsoleUsesOnlyThePublicEscalationApi() {
		noClasses().that()
			.resideInAPackage("..console..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..escalation.internal..")
			.check(CLASSES);
	}
}
