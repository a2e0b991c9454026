package jp.chigasaki.kyodo.console;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.chigasaki.kyodo.escalation.TicketException;
import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;

/** Problems of the JSON API as {@code application/problem+json}. */
@RestControllerAdvice(assignableTypes = { TicketApi.class, KnowledgeApi.class, InsightsApi.class })
class ApiErrors {

	@ExceptionHandler({ TicketException.class, KnowledgeException.class, ConsoleAccessDenied.class,
			Insights.InvalidRequest.class })
	ResponseEntity<ProblemDetail> problem(RuntimeException exception) {
		ProblemDetail problem = ConsoleProblems.of(exception);
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}
}
