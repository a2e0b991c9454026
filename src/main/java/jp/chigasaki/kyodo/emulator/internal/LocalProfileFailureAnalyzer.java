package jp.chigasaki.kyodo.emulator.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused local profile into Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public final class LocalProfileFailureAnalyzer extends AbstractFailureAnalyzer<LocalProfileRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalProfileRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
