package jp.chigasaki.kyodo.console;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the initiatives' JSON API as {@code application/problem+json}: bad input 400, unknown id or a
 * switched-off trial 404, a settled meeting 409. The detail is the feature's own Japanese message.
 */
@RestControllerAdvice(assignableTypes = { MatchingApi.class, EventsApi.class })
class InitiativeErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badInput(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<ProblemDetail> notFound(NoSuchElementException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> conflict(IllegalStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase()
				: detail);
		return ResponseEntity.status(status).body(problem);
	}
}
