package jp.chigasaki.kyodo.dialogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;

/**
 * 「地域の団体さん紹介してほしい」「見守り活動をしている団体を探しています」「NPOの方を講師に…つないでくれるところは？」: a
 * question asking to be put in touch with groups. Who does that is one entry of the knowledge (the support centre's
 * coordination, {@code kyodo.dialogue.introductions-entry}), whatever the activity around it: the engine, reading the
 * activity (文化祭, 見守り, 海), had offered that field's department or its entries. A sure entry still answers.
 */
final class Introductions {

	private static final String GROUP = "(?:団体|だんたい|グループ|ぐるーぷ|NPO|えぬぴーおー|サークル|さーくる|市民団体|活動している(?:人|方)"
			+ "|活動してる(?:人|方)|人たち|方々)";

	private static final String PUT_IN_TOUCH = "(?:紹介|しょうかい|つなが|繋が|つない|繋い|つなぐ|繋ぐ|つなげ|繋げ|引き合わせ|探|さが"
			+ "|知りたい|しりたい|コラボ|こらぼ|連携したい|参加したい|さんかしたい|入りたい|はいりたい)";

	/**
	 * A group, then within the same sentence a wish to be introduced to it, find it, join it or work with it. A group's
	 * thing (団体の会則を探しています) is not the group: の only before its people (団体の方をご紹介いただけますか).
	 */
	private static final Pattern ASKS = Pattern.compile(GROUP + "(?:さん)?(?!の(?!方|人|皆|みな))[^。？?！!\\n]{0,14}?"
			+ PUT_IN_TOUCH
			+ "|(?:紹介|しょうかい|つない|つなげ|探|さが)[^。？?！!\\n]{0,8}?" + GROUP
			+ "|\\b(?:introduce|connect|match|put) (?:us|me|our \\w+)?\\s?(?:to|with|in touch with) (?:local |other |some )?"
			+ "(?:groups|organi[sz]ations|nonprofits|npos|volunteers|citizen groups)\\b"
			+ "|\\bfind (?:local |other |some |a )?(?:groups?|organi[sz]ations?|nonprofits?|npos?|partners?)\\b"
			+ "|\\bmatching service\\b", Pattern.CASE_INSENSITIVE);

	/** Intents that leave the question to this: none, or one that only says the question asks where to turn. */
	private static final Set<String> OPEN = Set.of(Intent.WHO_TO_CONSULT, Intent.WHAT_IS_POSSIBLE);

	private Introductions() {
	}

	static Optional<Reply> of(Context context) {
		String intent = context.classification().intent();
		if (context.classification().band() == Band.ANSWER || intent != null && !OPEN.contains(intent)
				|| !ASKS.matcher(SafeText.fold(context.question())).find()) {
			return Optional.empty();
		}
		return EntryReplies.byId(context, context.properties().introductionsEntry(), context.classification().confidence());
	}
}
