package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class LinePropertiesTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class);

	@Test
	void refusesToStartInProductionWithABlankSecret() {
		contexts.withPropertyValues("spring.profiles.active=prod", "kyodo.line.channel-token=token")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kyodo.line.channel-secret (LINE_CHANNEL_SECRET) is blank"));
	}

	@Test
	void refusesToStartInProductionWithABlankToken() {
		contexts.withPropertyValues("spring.profiles.active=prod", "kyodo.line.channel-secret=secret")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kyodo.line.channel-token (LINE_CHANNEL_TOKEN) is blank"));
	}

	@Test
	void refusesToStartInProductionWithSignatureChecksOff() {
		contexts
			.withPropertyValues("spring.profiles.active=prod", "kyodo.line.channel-secret=secret",
					"kyodo.line.channel-token=token", "kyodo.line.signature-check=false")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kyodo.line.signature-check is false"));
	}

	@Test
	void startsInProductionWhenConfigured() {
		contexts
			.withPropertyValues("spring.profiles.active=prod", "kyodo.line.channel-secret=secret",
					"kyodo.line.channel-token=token")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void startsOutsideProductionWithoutCredentials() {
		contexts.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void masksTheSecretAndTheTokenAndDefaultsTheRest() {
		contexts.withPropertyValues("kyodo.line.channel-secret=s3cret-value", "kyodo.line.channel-token=t0ken-value",
				"kyodo.line.staff-user-ids=Ustaff1,Ustaff2")
			.run(context -> {
				LineProperties properties = context.getBean(LineProperties.class);
				assertThat(properties.toString()).doesNotContain("s3cret-value", "t0ken-value", "Ustaff1")
					.contains("channelSecret=******", "2 ids");
				assertThat(properties.apiBaseUrl()).hasToString("https://api.line.me");
				assertThat(properties.maxBodyBytes().toBytes()).isEqualTo(1024 * 1024);
				assertThat(properties.signatureCheck()).isTrue();
				assertThat(properties.groupPrefix()).isEqualTo("コンシェルジュ");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LineProperties.class)
	@Import(LineConfiguration.class)
	static class Properties {
	}
}
