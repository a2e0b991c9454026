package jp.chigasaki.kyodo.operations;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends {@code kyodo.operations.content-security-policy} with every response, whichever feature wrote it: pages
 * load scripts only from the service's own static files (no inline script, no inline handlers, no CDN).
 */
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String HEADER = "Content-Security-Policy";

	private final String policy;

	ContentSecurityPolicyFilter(String policy) {
		this.policy = policy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, policy);
		chain.doFilter(request, response);
	}
}
