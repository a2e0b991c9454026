package jp.chigasaki.kyodo.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's security chain, scoped to {@code /console/**} and {@code /api/**} so that the LINE webhook's chain
 * ({@code /callback}, {@code /actuator}) stays separate. Form sign-in with a session (timeout
 * {@code server.servlet.session.timeout}), CSRF on for every state change (pages send the token as a form field,
 * scripts as the {@code X-CSRF-TOKEN} header). API clients get 401/403 as ProblemDetail instead of a redirect.
 * Sign-in attempts pass the {@link SignInGuard} first (throttling per account and address, audit).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

	@Bean
	Accounts consoleAccounts(ConsoleProperties properties, Environment environment) {
		return new Accounts(properties, environment.matchesProfiles("local"));
	}

	/** Ahead of Spring Session's filter (order {@code Integer.MIN_VALUE + 50}), which loads sessions from Redis. */
	@Bean
	FilterRegistrationBean<RedisUnavailableFilter> consoleRedisUnavailableFilter() {
		FilterRegistrationBean<RedisUnavailableFilter> registration = new FilterRegistrationBean<>(
				new RedisUnavailableFilter());
		registration.addUrlPatterns("/console/*", "/api/*");
		registration.setOrder(Integer.MIN_VALUE + 40);
		return registration;
	}

	@Bean
	SignInThrottle signInThrottle(StringRedisTemplate redis, Clock clock, ConsoleProperties properties) {
		return new SignInThrottle(redis, clock, properties.signIn());
	}

	@Bean
	@Order(20)
	SecurityFilterChain consoleSecurityChain(HttpSecurity http, Accounts accounts, SignInThrottle throttle,
			ConsoleProperties properties) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// Not a bean: a Filter bean would also be registered for every path outside this chain.
		SignInGuard guard = new SignInGuard(throttle, new SignInAudit(accounts::exists),
				properties.signIn().passwordChecks());
		http.securityMatcher("/console/**", "/api/**")
			.userDetailsService(accounts)
			.addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/console/login", "/console/console.css")
				.permitAll()
				.requestMatchers("/api/knowledge/**")
				.hasRole(ConsoleProperties.Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/console/login")
				.loginProcessingUrl("/console/login")
				.successHandler(guard)
				.failureHandler(guard)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(
						(request, response, ex) -> problem(response, 401, "サインインしてください。"), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"),
						PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
				.defaultAccessDeniedHandlerFor(
						(request, response, ex) -> problem(response, 403, "この操作の権限がありません。"), api));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}
}
