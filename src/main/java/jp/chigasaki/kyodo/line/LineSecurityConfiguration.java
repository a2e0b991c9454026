package jp.chigasaki.kyodo.line;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook authenticates by its HMAC signature, not by a session: its own filter chain, ahead of the console's,
 * lets it through without CSRF tokens or sessions. The actuator's chain is in the operations package.
 */
@Configuration(proxyBeanMethods = false)
class LineSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain lineWebhookSecurity(HttpSecurity http) throws Exception {
		return open(http, "/callback");
	}

	/**
	 * No sign-in, no CSRF token, no session: for callers that are machines. Only the filters such a caller needs run
	 * (every webhook passes this chain, so each filter left out is work saved on the acknowledgement's path).
	 */
	private static SecurityFilterChain open(HttpSecurity http, String... paths) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.servletApi(servletApi -> servletApi.disable())
			.build();
	}
}
