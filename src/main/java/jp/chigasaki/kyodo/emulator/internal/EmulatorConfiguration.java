package jp.chigasaki.kyodo.emulator.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

import jp.chigasaki.kyodo.emulator.LocalChannel;
import tools.jackson.databind.json.JsonMapper;

/** The emulator's beans, local profile only; {@link LocalProfileEnvironment} has already prepared the channel. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class EmulatorConfiguration {

	@Bean
	LocalChannel localChannel(Environment environment) {
		return new LocalChannel(environment.getRequiredProperty(LocalProfileEnvironment.SECRET),
				environment.getRequiredProperty(LocalProfileEnvironment.TOKEN));
	}

	@Bean
	WebhookEvents webhookEvents(JsonMapper json, ObjectProvider<Clock> clock) {
		return new WebhookEvents(json, clock.getIfUnique(Clock::systemUTC));
	}

	/**
	 * The emulator page and the stand-in need no sign-in: the stand-in checks the bearer token itself, and the page's
	 * endpoints take JSON only (no cross-site form can post them), so CSRF tokens are off here.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 12)
	SecurityFilterChain emulatorSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/emulator", "/emulator/**", LineApiStandIn.BASE + "/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.build();
	}
}
