package jp.chigasaki.kyodo.startup;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * Turns a start-up refusal or invalid knowledge files into Boot's short "APPLICATION FAILED TO START" report
 * (description and action) instead of a stack trace.
 */
public final class StartupFailureAnalyzer implements FailureAnalyzer {

	private final Refusals refusals = new Refusals();
	private final Knowledge knowledge = new Knowledge();

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis analysis = refusals.analyze(failure);
		return analysis != null ? analysis : knowledge.analyze(failure);
	}

	private static final class Refusals extends AbstractFailureAnalyzer<StartupRefusedException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
			return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
		}
	}

	private static final class Knowledge extends AbstractFailureAnalyzer<KnowledgeException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeException cause) {
			String lines = cause.problems()
				.stream()
				.map(KnowledgeProblem::toString)
				.collect(Collectors.joining("\n  "));
			return new FailureAnalysis("The knowledge files have " + cause.problems().size() + " problem(s):\n  " + lines,
					"Fix the files named above (java -jar kyodo-concierge.jar validate lists the same lines) and start "
							+ "again.",
					cause);
		}
	}
}
