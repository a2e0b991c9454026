package jp.chigasaki.kyodo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
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
	void theDefaultConfigurationNeverActivatesTheLocalProfile() throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));

		assertThat(sources).isNotEmpty().allSatisfy(source -> {
			for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
				if (key.startsWith("spring.profiles.")) {
					assertThat(String.valueOf(source.getProperty(key))).as(key).doesNotContain("local");
				}
			}
		});
	}

	/** The emulator only talks HTTP to the service (webhooks in, Messaging API calls out), so it can be left out. */
	@Test
	void theEmulatorAndTheRestOfTheServiceDoNotKnowEachOther() {
		JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.chigasaki.kyodo");
		ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackage("..emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..emulator..")
			.check(all);
		ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage("..emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..line..", "..dialogue..", "..escalation..", "..console..", "..matching..")
			.check(all);
	}

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
