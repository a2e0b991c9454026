package jp.chigasaki.kyodo.conversation;

import java.time.Instant;

import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;

/**
 * Published (as a Spring application event) once per user turn the bot handled, after its reply was decided. The
 * contract other features (insights) listen to; it carries no LINE id.
 *
 * @param conversationKey the keyed hash that names the conversation in Redis (never a raw LINE id)
 * @param groupChat whether the turn came from a group or room
 * @param decision what the bot did; null when a coordinator owns the conversation and the bot stayed silent
 * @param intent the recognised intent, null when none
 * @param faqId the entry answered or offered first, null when none
 * @param departmentId the department the reply pointed to, null when none
 * @param band the confidence band of the best candidate, null when matching did not run
 * @param feedback the 役に立った / 役に立たなかった tap this turn carried, null for other turns
 * @param question the user's text for text turns; for a 役に立たなかった tap, the member's last question from the
 *        conversation's record (what the tap refers to); null for other postbacks. Personal data: consumers must mask
 *        it, keep it only with a TTL and never log it
 */
public record TurnCompleted(Instant at, String conversationKey, Audience audience, boolean groupChat,
		Decision decision, String intent, String faqId, String departmentId, double confidence, Band band,
		Feedback feedback, String question) {

	/** The two feedback buttons under an answer. */
	public enum Feedback {
		HELPFUL, NOT_HELPFUL
	}

	@Override
	public String toString() {
		return "TurnCompleted[" + decision + ", " + faqId + ", " + band + "]";
	}
}
