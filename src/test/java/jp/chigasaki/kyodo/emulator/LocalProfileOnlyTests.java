package jp.chigasaki.kyodo.emulator;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/** Nothing of the emulator (the stand-in, the page, the generated channel) can exist outside the local profile. */
class LocalProfileOnlyTests {

	private static final JavaClasses EMULATOR = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.chigasaki.kyodo.emulator");

	@Test
	void everyBeanOfTheEmulatorIsLocalProfileOnly() {
		ArchRuleDefinition.classes()
			.that()
			.areMetaAnnotatedWith(Component.class)
			.should()
			.beAnnotatedWith(new DescribedPredicate<JavaAnnotation<?>>("@Profile(\"local\")") {
				@Override
				public boolean test(JavaAnnotation<?> annotation) {
					return annotation.getRawType().isEquivalentTo(Profile.class)
							&& Arrays.equals((Object[]) annotation.get("value").orElseThrow(), new Object[] { "local" });
				}
			})
			.check(EMULATOR);
	}
}
