package jp.chigasaki.kyodo.emulator.internal;

/** The {@code local} profile cannot run in this configuration; {@link #action()} says what to change. */
public final class LocalProfileRefusedException extends IllegalStateException {

	private final String action;

	public LocalProfileRefusedException(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return action;
	}
}
