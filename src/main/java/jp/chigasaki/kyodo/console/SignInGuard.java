package jp.chigasaki.kyodo.console;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands before the password check of {@code POST /console/login}: refuses an attempt the {@link SignInThrottle}
 * does not admit, bounds how many BCrypt checks run at once on this instance, and records every outcome in the
 * {@link SignInAudit}. All refusals lead to the sign-in page with one message that does not say whether the account
 * exists.
 */
class SignInGuard extends OncePerRequestFilter implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String LOGIN = "/console/login";
	private static final Duration PASSWORD_CHECK_WAIT = Duration.ofSeconds(2);

	private final SignInThrottle throttle;
	private final SignInAudit audit;
	private final Semaphore passwordChecks;

	SignInGuard(SignInThrottle throttle, SignInAudit audit, int passwordChecks) {
		this.throttle = throttle;
		this.audit = audit;
		this.passwordChecks = new Semaphore(passwordChecks);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + LOGIN).equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String account = account(request);
		Duration wait;
		try {
			wait = throttle.admit(account, request.getRemoteAddr());
		}
		catch (DataAccessException ex) {
			audit.unavailable(account, request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + LOGIN + "?unavailable");
			return;
		}
		if (!wait.isZero()) {
			audit.throttled(account, request.getRemoteAddr(), wait);
			response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
			return;
		}
		if (!acquire()) {
			response.sendRedirect(request.getContextPath() + LOGIN + "?busy");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			passwordChecks.release();
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		try {
			throttle.succeeded(account(request), request.getRemoteAddr());
		}
		catch (DataAccessException ex) {
			// The counters expire by themselves; the sign-in itself has succeeded.
		}
		audit.succeeded(authentication.getName(), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + "/console");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		audit.failed(account(request), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + LOGIN + "?error");
	}

	private boolean acquire() {
		try {
			return passwordChecks.tryAcquire(PASSWORD_CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String account(HttpServletRequest request) {
		String name = request.getParameter("username");
		return name == null ? "" : name.strip();
	}
}
