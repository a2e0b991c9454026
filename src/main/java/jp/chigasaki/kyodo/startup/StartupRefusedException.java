package jp.chigasaki.kyodo.startup;

import java.util.List;

/** The service must not start as configured; {@link #action()} says what to change. */
final class StartupRefusedException extends IllegalStateException {

	private final String action;

	StartupRefusedException(List<String> problems, String action) {
		this("", problems, action);
	}

	/** {@code heading} above the problems, one per line. */
	StartupRefusedException(String heading, List<String> problems, String action) {
		super(problems.size() == 1 ? (heading + " " + problems.get(0)).strip()
				: heading + "\n  - " + String.join("\n  - ", problems));
		this.action = action;
	}

	String action() {
		return action;
	}
}
