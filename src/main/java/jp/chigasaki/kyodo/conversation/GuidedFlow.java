package jp.chigasaki.kyodo.conversation;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * A guided conversation another feature runs inside the conversation owner (group registration, meeting
 * confirmation, event application …): implement it as a Spring bean and the owner finds it. While a flow runs, every
 * text and postback of the conversation goes to it (and not to the bot), in order, one at a time across all
 * instances; its state is kept in the conversation's one record and saved together with everything else of the turn.
 * <p>
 * The owner handles the rest: 「やめる」 or 「キャンセル」 ends any flow, a flow that has not been touched for
 * {@code kyodo.conversation.flow-timeout} is forgotten, a postback with the flow's prefix that arrives when the flow
 * is not running (an old button) is answered politely and not passed on unless {@link #starts} accepts it.
 * Implementations must be pure apart from their own stores, and their own writes must be idempotent per
 * {@link Inbound#eventKey()}: a turn can run twice after a crash.
 */
public interface GuidedFlow {

	/** A stable name, stored in the conversation record while the flow runs ({@code [a-z0-9-]+}). */
	String name();

	/** The postback data prefix of this flow's buttons, for example {@code grp:}; never {@code dlg:} or {@code esc:}. */
	String postbackPrefix();

	/**
	 * Whether this turn starts the flow while the bot has the conversation: a postback (a rich menu or a
	 * notification's button) or a shortcut word such as 「団体登録」.
	 */
	boolean starts(Inbound turn);

	/**
	 * One step. {@code state} is null on the first step and otherwise what the previous step returned.
	 *
	 * @return what to send, and the next state or {@link Step#done}
	 */
	Step step(Inbound turn, String state);

	/**
	 * What a step sends and keeps.
	 *
	 * @param reply the messages for the user (a silent reply sends nothing)
	 * @param state the flow's next state as JSON (at most 16 KiB, no more user text than the flow needs: it lives as
	 *        long as the conversation record), or null when the flow is done and the bot has the conversation again
	 */
	record Step(Reply reply, String state) {

		public static Step next(Reply reply, String state) {
			if (state == null) {
				throw new IllegalArgumentException("a running flow needs a state; use done() to end it");
			}
			return new Step(reply, state);
		}

		public static Step done(Reply reply) {
			return new Step(reply, null);
		}

		public boolean finished() {
			return state == null;
		}
	}
}
