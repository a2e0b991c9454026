package jp.chigasaki.kyodo.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The same 503 as {@link RedisUnavailable} for failures outside the controllers: the console's sessions live in
 * Redis (Spring Session), so loading or saving one fails before or after any controller runs. Registered ahead of the
 * session filter for {@code /console/*} and {@code /api/*}.
 */
class RedisUnavailableFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!causedByRedis(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			response.setStatus(503);
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"" + RedisUnavailable.TITLE + "\",\"status\":503,"
							+ "\"detail\":\"" + RedisUnavailable.DETAIL + "\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>"
							+ RedisUnavailable.TITLE + "</title><link rel=\"stylesheet\" href=\"/console/console.css\">"
							+ "</head><body><main><h1>" + RedisUnavailable.TITLE + "</h1><p id=\"problem\">"
							+ HtmlUtils.htmlEscape(RedisUnavailable.DETAIL) + "</p></main></body></html>");
			}
		}
	}

	private static boolean causedByRedis(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}
}
