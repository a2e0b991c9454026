package jp.chigasaki.kyodo.console;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis unreachable or too slow (connection refused, command timeout) while a console page or the JSON API works:
 * 503 with a Japanese message, a ProblemDetail for {@code /api/**} and the error page otherwise. Nothing was
 * changed: every state change is one Redis script, which either ran or did not. Covers every controller of this
 * package, the pages other features add to the console included.
 */
@ControllerAdvice(basePackageClasses = RedisUnavailable.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RedisUnavailable {

	static final String TITLE = "一時的にご利用いただけません";
	static final String DETAIL = "ただいまデータベース（Redis）に接続できないため、処理できませんでした。"
			+ "何も変更されていません。しばらくしてから、もう一度お試しください。";

	private final JsonMapper json;

	RedisUnavailable(JsonMapper json) {
		this.json = json;
	}

	/** Returns the error page, or null after writing the API's ProblemDetail itself (the request is then handled). */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		problem.setTitle(TITLE);
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ModelAndView page = new ModelAndView("console/error", HttpStatus.SERVICE_UNAVAILABLE);
			page.addObject("problem", problem);
			return page;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// The fields of a ProblemDetail as the API's other errors write them.
		json.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", problem.getTitle(), "status",
				problem.getStatus(), "detail", DETAIL));
		return null;
	}
}
