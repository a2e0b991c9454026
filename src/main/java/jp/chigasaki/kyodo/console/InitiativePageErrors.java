package jp.chigasaki.kyodo.console;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Problems of the initiatives' console pages as the console's Japanese error page, with the API's statuses. */
@ControllerAdvice(assignableTypes = { MatchingPages.class, EventsPages.class })
class InitiativePageErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ModelAndView badInput(IllegalArgumentException ex) {
		return page(HttpStatus.BAD_REQUEST, ex.getMessage() + " 前の画面に戻って入力内容をご確認ください。");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST, "「" + ex.getName() + "」の値が正しくありません。前の画面に戻ってご確認ください。");
	}

	@ExceptionHandler(NoSuchElementException.class)
	ModelAndView notFound(NoSuchElementException ex) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ModelAndView conflict(IllegalStateException ex) {
		return page(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status == HttpStatus.NOT_FOUND ? "見つかりません" : "入力を確認してください");
		ModelAndView page = new ModelAndView("console/error", status);
		page.addObject("problem", problem);
		return page;
	}
}
