package jp.chigasaki.kyodo.dialogue;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * Short messages that lean on the last answer: 「それの締め切りは？」「じゃあ電話番号は？」「その課はどこにある？」. They name no
 * topic of their own, so the topic of the last answered entry (its question) is added before asking the engine
 * again; a request for a phone number or contact gets the card of the last department named.
 */
final class FollowUps {

	/** Longer messages carry their own topic. */
	private static final int SHORT = 25;

	private static final Pattern REFERS = Pattern.compile("^(?:じゃあ|じゃ|では|なら|で、|それで)|それ|その|そこ|あれ|そちら|この課|こちら");

	/** A pointing word (それ, その, そこ, あれ, そちら), without the connectives that only join (じゃあ, では). */
	private static final Pattern POINTING = Pattern.compile("それ(?!ぞれ)|その|そこ|あれ|そちら");

	private static final Pattern CONTACT = Pattern.compile("電話|でんわ|連絡先|番号|問い合わせ先|phone|tel|contact",
			Pattern.CASE_INSENSITIVE);

	private FollowUps() {
	}

	/** Whether the message may lean on the last answer at all. */
	static boolean mayFollow(String question, ConversationState state) {
		return question.length() <= SHORT && (state.lastFaqId() != null || state.lastDepartmentId() != null);
	}

	/** The last department's card for 「その課の電話は？」「電話番号は？」. */
	static Optional<Reply> contact(Context context) {
		if (!CONTACT.matcher(context.question()).find()) {
			return Optional.empty();
		}
		return context.department(context.state().lastDepartmentId())
			.map(department -> ContactLookup.card(context, department));
	}

	/** The message with the last answered entry's topic in front, for the engine; empty when nothing to lean on. */
	static Optional<String> withTopic(Context context) {
		String last = context.state().lastFaqId();
		// The entry's category (げんき基金, サポセン) names its topic without pulling towards the entry itself.
		Optional<String> topic = context.visibleFaq(last).map(faq -> faq.category() == null ? faq.question()
				: faq.category())
			.or(() -> last == null ? Optional.empty() : context.knowledge().menuItem(last).map(MenuItem::name));
		return topic.map(t -> t + " " + REFERS.matcher(context.question()).replaceAll(" ").strip());
	}

	static boolean refers(String question) {
		return REFERS.matcher(question).find();
	}

	/**
	 * 「それ、自治会でも使えるんですか？」 at the start of a conversation: a short message that points at something said
	 * before, when nothing was (no last answer to lean on). What it points at is unknown, so no entry is sure.
	 */
	static boolean pointsAtNothing(String question, ConversationState state) {
		return question.length() <= SHORT && state.lastFaqId() == null && state.lastDepartmentId() == null
				&& POINTING.matcher(question).find();
	}

	static Optional<Department> lastDepartment(Context context) {
		return context.department(context.state().lastDepartmentId());
	}
}
