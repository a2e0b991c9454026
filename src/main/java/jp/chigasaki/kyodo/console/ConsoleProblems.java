package jp.chigasaki.kyodo.console;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import jp.chigasaki.kyodo.escalation.TicketException;
import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * The one mapping from the features' exceptions to HTTP problems, used by the JSON API and the pages alike.
 * Details are the exceptions' Japanese messages, written for coordinators; class names never leave the server.
 */
final class ConsoleProblems {

	private ConsoleProblems() {
	}

	static ProblemDetail of(RuntimeException exception) {
		if (exception instanceof TicketException ticket) {
			ProblemDetail problem = problem(status(ticket), ticket.getMessage());
			problem.setProperty("ticketId", ticket.ticketId());
			return problem;
		}
		if (exception instanceof KnowledgeException knowledge) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "ナレッジファイルに問題があるため再読み込みしませんでした。");
			problem.setProperty("problems", knowledge.problems().stream().map(KnowledgeProblem::toString).toList());
			return problem;
		}
		if (exception instanceof Insights.InvalidRequest) {
			return problem(HttpStatus.BAD_REQUEST, exception.getMessage());
		}
		if (exception instanceof ConsoleAccessDenied) {
			return problem(HttpStatus.FORBIDDEN, exception.getMessage());
		}
		throw exception;
	}

	private static HttpStatus status(TicketException exception) {
		if (exception instanceof TicketException.NotFound) {
			return HttpStatus.NOT_FOUND;
		}
		if (exception instanceof TicketException.Conflict) {
			return HttpStatus.CONFLICT;
		}
		return exception instanceof TicketException.OtherQueue ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(switch (status) {
			case NOT_FOUND -> "見つかりません";
			case CONFLICT -> "この操作はできません";
			case FORBIDDEN -> "担当外です";
			default -> "入力を確認してください";
		});
		return problem;
	}
}
