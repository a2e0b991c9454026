package jp.chigasaki.kyodo.console;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jp.chigasaki.kyodo.escalation.TicketException;
import jp.chigasaki.kyodo.insights.Insights;

/** Problems of the console pages as a Japanese error page with the same status as the API. */
@ControllerAdvice(assignableTypes = { ConsolePages.class, InsightsPages.class, UnansweredPages.class })
class PageErrors {

	@ExceptionHandler({ TicketException.class, ConsoleAccessDenied.class, Insights.InvalidRequest.class })
	ModelAndView problem(RuntimeException exception) {
		ProblemDetail problem = ConsoleProblems.of(exception);
		ModelAndView page = new ModelAndView("console/error", HttpStatus.valueOf(problem.getStatus()));
		page.addObject("problem", problem);
		return page;
	}
}
