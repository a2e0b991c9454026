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

	/** A best candidate at least this sure is a likely answer of its own (below the answer band). */
	private static final double LIKELY = 0.6;

	/** Intents that leave the question to this: none, or one that only says the question asks where to turn. */
	private static final Set<String> OPEN = Set.of(Intent.WHO_TO_CONSULT, Intent.WHAT_IS_POSSIBLE);

	/**
	 * A wish to take part (ボランティアをしたい, 何か活動を始めたい, 地域の役に立ちたい, "I'd like to volunteer") ...
	 */
	private static final Pattern TAKE_PART = Pattern.compile("(?:ボランティア|ぼらんてぃあ|ボラ|活動|かつどう|何か|なにか|なんか)"
			+ "(?:を|が|に)?(?:して|やって)?(?:したい|やりたい|してみたい|始めたい|はじめたい|参加したい|さんかしたい)"
			+ "|役に立ち|役に立つ|役立ち|役立つ|やくにたち|やくにたつ|地域のために|ちいきのために|(?:手伝い|てつだい)(?:したい|たい)"
			+ "|\\b(?:volunteer|volunteering|get involved|help out)\\b", Pattern.CASE_INSENSITIVE);

	/** ... and where or how to begin: どこで, どうやって探せば, 何から, ありますか, 相談できる, where, how. */
	private static final Pattern WHERE_TO_BEGIN = Pattern.compile("どこ|どっか|どうやって|どうすれば|どうしたら|何から|なにから"
			+ "|ありますか|ある[？?]|あります[？?]|探せ|さがせ|相談でき|\\b(?:where|how)\\b", Pattern.CASE_INSENSITIVE);

	/** Asking for the city's department in charge (担当って市役所だとどこ？) is a who-to-consult question. */
	private static final Pattern CITY_DEPARTMENT = Pattern.compile("課|部署|担当|市役所|しやくしょ"
			+ "|\\b(?:department|section|city office|city hall)\\b", Pattern.CASE_INSENSITIVE);

	private Introductions() {
	}

	static Optional<Reply> of(Context context) {
		String intent = context.classification().intent();
		if (context.classification().band() == Band.ANSWER) {
			return Optional.empty();
		}
		String question = SafeText.fold(context.question());
		if ((intent == null || OPEN.contains(intent)) && ASKS.matcher(question).find()) {
			return EntryReplies.byId(context, context.properties().introductionsEntry(), context.sureness());
		}
		String volunteering = context.properties().volunteeringEntry();
		if ((intent == null || OPEN.contains(intent) || Intent.OUT_OF_SCOPE.equals(intent))
				&& TAKE_PART.matcher(question).find() && WHERE_TO_BEGIN.matcher(question).find()
				&& !CITY_DEPARTMENT.matcher(question).find() && !likelyOther(context, volunteering)
				&& noFieldNamed(context)) {
			return EntryReplies.byId(context, volunteering, context.sureness());
		}
		return Optional.empty();
	}

	/** Another entry is a likely answer (げんき基金を使って何か活動をしたい → the fund's entries). */
	private static boolean likelyOther(Context context, String id) {
		return context.candidates().stream().findFirst()
			.filter(top -> !top.faqId().equals(id) && top.confidence() >= LIKELY)
			.isPresent();
	}

	/**
	 * Whether the message names no field a department handles (a beach clean-up is the beach foundation's, a reading
	 * circle at the library 社会教育課's): only the coordinators' own topics (協働, ボランティア団体) or none.
	 */
	private static boolean noFieldNamed(Context context) {
		return DepartmentFinder.find(context).stream()
			.allMatch(department -> department.id().equals(context.properties().coordinatorDepartment()));
	}
}
