package jp.chigasaki.kyodo.initiatives;

/**
 * A guided LINE conversation of one initiative, as a pure state machine: (turn, state) → (reply, next state). It
 * touches nothing but its feature's own API, and its writes are idempotent per turn (a turn may run twice).
 */
interface Flow {

	/** A stable name ({@code [a-z0-9-]+}). */
	String name();

	/** The postback prefix of its buttons. */
	String prefix();

	/** Whether this turn starts the flow while the bot has the conversation. */
	boolean starts(Turn turn);

	/** One step; {@code state} is null on the first. */
	Step step(Turn turn, String state);

	/** Whether the feature (試行) is switched on. */
	boolean enabled();
}
