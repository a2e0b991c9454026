package jp.chigasaki.kyodo.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The actuator's chain: health (and its liveness/readiness groups) open for the load balancer; Prometheus open
 * outside {@code prod}, and in {@code prod} only with {@code Authorization: Bearer <kyodo.operations.prometheus-token>}
 * (compared in constant time). No session, no CSRF: the callers are machines.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsSecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OperationsSecurityConfiguration.class);
	private static final String BEARER = "Bearer ";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 11)
	SecurityFilterChain operationsSecurity(HttpSecurity http, OperationsProperties properties, Environment environment)
			throws Exception {
		boolean tokenRequired = !properties.prometheusToken().isEmpty() || environment.matchesProfiles("prod");
		if (properties.prometheusToken().isEmpty() && tokenRequired) {
			log.warn("kyodo.operations.prometheus-token is blank: /actuator/prometheus answers 401 to every scraper");
		}
		byte[] expected = properties.prometheusToken().getBytes(StandardCharsets.UTF_8);
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access((authentication, context) -> new AuthorizationDecision(
						!tokenRequired || presents(context.getRequest(), expected)))
				.anyRequest()
				.denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"prometheus\"");
				response.sendError(401);
			}))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	private static boolean presents(HttpServletRequest request, byte[] expected) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (expected.length == 0 || header == null || !header.startsWith(BEARER)) {
			return false;
		}
		return MessageDigest.isEqual(expected, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
	}
}
