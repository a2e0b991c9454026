package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import jp.chigasaki.kyodo.emulator.LocalChannel;

class LocalProfileEnvironmentTests {

	private final LocalProfileEnvironment processor = new LocalProfileEnvironment();

	@Test
	void withoutTheLocalProfileNothingIsAdded() {
		StandardEnvironment environment = environment(Map.of("server.port", "0"));

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getPropertySources().contains(LocalProfileEnvironment.PROPERTY_SOURCE)).isFalse();
		assertThat(environment.getProperty(LocalProfileEnvironment.SECRET)).isNull();
	}

	@Test
	void theLocalProfileGeneratesALocalSecretAndTokenWhenNoneIsSet() {
		StandardEnvironment environment = environment(Map.of(LocalProfileEnvironment.SECRET, ""), "local");

		processor.postProcessEnvironment(environment, new SpringApplication());

		String secret = environment.getProperty(LocalProfileEnvironment.SECRET);
		String token = environment.getProperty(LocalProfileEnvironment.TOKEN);
		assertThat(secret).startsWith(LocalChannel.MARKER).hasSize(LocalChannel.MARKER.length() + 32);
		assertThat(token).startsWith(LocalChannel.MARKER).hasSizeGreaterThan(40);
		StandardEnvironment second = environment(Map.of(), "local");
		processor.postProcessEnvironment(second, new SpringApplication());
		assertThat(second.getProperty(LocalProfileEnvironment.SECRET)).isNotEqualTo(secret);
	}

	@Test
	void aLocalSecretThatIsSetIsKept() {
		StandardEnvironment environment = environment(
				Map.of(LocalProfileEnvironment.SECRET, "local-fixed", LocalProfileEnvironment.TOKEN, "local-token"),
				"local");

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(LocalProfileEnvironment.SECRET)).isEqualTo("local-fixed");
		assertThat(environment.getProperty(LocalProfileEnvironment.TOKEN)).isEqualTo("local-token");
	}

	@Test
	void realLineCredentialsRefuseTheLocalProfileNamingTheSettingButNotTheValue() {
		StandardEnvironment byVariable = environment(Map.of("LINE_CHANNEL_SECRET", "8f3b0c1d9e2a4b5c6d7e8f9a0b1c2d3e"),
				"local");
		StandardEnvironment byProperty = environment(Map.of(LocalProfileEnvironment.TOKEN, "realTokenValue"), "local");

		assertThatThrownBy(() -> processor.postProcessEnvironment(byVariable, new SpringApplication()))
			.isInstanceOf(LocalProfileRefusedException.class)
			.hasMessageContaining("LINE_CHANNEL_SECRET")
			.hasMessageNotContaining("8f3b0c1d");
		assertThatThrownBy(() -> processor.postProcessEnvironment(byProperty, new SpringApplication()))
			.isInstanceOf(LocalProfileRefusedException.class)
			.hasMessageContaining(LocalProfileEnvironment.TOKEN)
			.hasMessageNotContaining("realTokenValue");
	}

	@Test
	void theLocalProfileIsRefusedBesideProd() {
		StandardEnvironment environment = environment(Map.of(), "local", "prod");

		assertThatThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(LocalProfileRefusedException.class)
			.hasMessageContaining("'prod'");
	}

	@Test
	void portZeroBecomesAConcreteFreePortSoTheLineClientsBaseUrlIsRight() {
		StandardEnvironment environment = environment(Map.of("server.port", "0"), "local");

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("server.port", Integer.class)).isPositive();
	}

	@Test
	void theFailureReportSaysWhatToDo() {
		var analysis = new LocalProfileFailureAnalyzer()
			.analyze(new LocalProfileRefusedException("description", "unset LINE_CHANNEL_SECRET"));

		assertThat(analysis.getDescription()).isEqualTo("description");
		assertThat(analysis.getAction()).isEqualTo("unset LINE_CHANNEL_SECRET");
	}

	private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		environment.setActiveProfiles(profiles);
		return environment;
	}
}
