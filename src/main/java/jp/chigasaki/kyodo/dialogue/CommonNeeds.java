package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Candidate;

/**
 * Three needs that people word around an activity of their own, and that one entry of the knowledge meets whatever
 * the activity (the engine, reading the activity, offered that field's department or its entries instead):
 * <ul>
 * <li>to be put in touch with groups (「地域の団体さん紹介してほしい」「見守り活動をしている団体を探しています」): who introduces
 * groups, {@code kyodo.dialogue.introductions-entry} (the support centre's coordination);
 * <li>to take part (「地域で何かボランティアをしたいのですが、どうやって探せば」): where to ask about taking part,
 * {@code volunteering-entry} (the support centre's consultation), when the message names no field a department
 * handles;
 * <li>a room to meet in (「子育てサークルで集まれる部屋を安く借りられるところは？」): the city's rooms for groups,
 * {@code rooms-entry} (公民館), when the message names no facility.
 * </ul>
 * A sure entry (answered, and at least {@link #LIKELY} confident) still answers, and an intent other than
 * who-to-consult or what-is-possible still decides.
 */
final class CommonNeeds {

	private static final String GROUP = "(?:団体|だんたい|グループ|ぐるーぷ|NPO|えぬぴーおー|サークル|さーくる|市民団体|活動している(?:人|方)"
			+ "|活動してる(?:人|方)|人たち|方々)";

	private static final String PUT_IN_TOUCH = "(?:紹介|しょうかい|つなが|繋が|つない|繋い|つなぐ|繋ぐ|つなげ|繋げ|引き合わせ|探|さが"
			+ "|知りたい|しりたい|コラボ|こらぼ|連携したい|参加したい|さんかしたい|入りたい|はいりたい)";

	/**
	 * A group, then within the same sentence a wish to be introduced to it, find it, join it or work with it. A group's
	 * thing (団体の会則を探しています) is not the group: の only before its people (団体の方をご紹介いただけますか). Nor is
	 * another object of the verb (団体向けの補助金を探しています, 団体を作りたいので仲間を探しています): after the group's own
	 * particle, no を before the verb (団体同士を引き合わせて is the group's).
	 */
	private static final Pattern INTRODUCTIONS = Pattern.compile(GROUP + "(?:さん)?(?!の(?!方|人|皆|みな))"
			+ "(?:を|に|と|が|へ)?(?:同士を|どうしを)?[^を。？?！!\\n]{0,14}?" + PUT_IN_TOUCH
			+ "|(?:紹介|しょうかい|つない|つなげ|探|さが)[^。？?！!\\n]{0,8}?" + GROUP
			+ "|\\b(?:introduce|connect|match|put) (?:us|me|our \\w+)?\\s?(?:to|with|in touch with) (?:local |other |some )?"
			+ "(?:groups|organi[sz]ations|nonprofits|npos|volunteers|citizen groups)\\b"
			+ "|\\bfind (?:local |other |some |a )?(?:groups?|organi[sz]ations?|nonprofits?|npos?|partners?)\\b"
			+ "|\\bmatching service\\b", Pattern.CASE_INSENSITIVE);

	/** Joining a group oneself: 参加したい, 入りたい, 加わりたい, 仲間に入れてほしい. */
	private static final Pattern JOINING = Pattern.compile("(?:参加|さんか|加入)し(?:たい|たく)|(?:入|はい|加わ|くわわ)りたい"
			+ "|仲間に入|なかまに(?:入|はい)");

	/** A wish to take part: ボランティアをしたい, 何か活動を始めたい, 地域の役に立ちたい, "I'd like to volunteer". */
	private static final Pattern TAKE_PART = Pattern.compile("(?:ボランティア|ぼらんてぃあ|ボラ|活動|かつどう|何か|なにか|なんか)"
			// 「ボランティア したいです」: a space between the words, as a learner of Japanese types them.
			+ "(?:を|が|に)?[\\s\u3000]?(?:して|やって)?(?:したい|やりたい|してみたい|始めたい|はじめたい|参加したい|さんかしたい)"
			// 「ボランティアってどこでできる？」「ボランティアはどうやって探せばいい？」: the wish asked as where or how.
			+ "|(?:ボランティア|ぼらんてぃあ)(?:って|は|を|が)?(?:どこで|どこに|どうやって|どうすれば)(?:でき|参加|さんか|探|さが|見つけ|みつけ)"
			+ "(?:る|ます|ますか|せば|せる|たら|れば)?"
			// 「地域活動 始め方」「ボランティアの探し方」: the wish typed as a search box is, how to begin.
			+ "|(?:地域|ちいき)?(?:の)?(?:ボランティア|ぼらんてぃあ|活動|かつどう)(?:の)?[\\s\u3000]*(?:始め方|はじめ方|はじめかた|探し方|さがし方|さがしかた"
			+ "|参加の仕方|参加方法)"
			+ "|役に立ち|役に立つ|役立ち|役立つ|やくにたち|やくにたつ|地域のために|ちいきのために|(?:手伝い|てつだい)(?:したい|たい)"
			+ "|\\b(?:volunteer|volunteering|get involved|help out)\\b", Pattern.CASE_INSENSITIVE);

	/** A wish to start, found or open something (教室を始めたい, 団体を立ち上げたい, サークルを作りたい). */
	static final String START = "(?:始め|はじめ|立ち上げ|たちあげ|作り|つくり|開き|ひらき)たい";

	private static final Pattern STARTING = Pattern.compile("(?:を|が)?" + START);

	/**
	 * An activity of the writer's own being planned (「フードドライブを企画しています」「清掃活動を計画中です」): as much
	 * their own activity as a wish to start one.
	 */
	private static final Pattern PLANNING = Pattern.compile("(?:を|の)?(?:企画|計画)(?:して(?:います|いる|おります|る|おり)"
			+ "|中|しよう)");

	/** A wish to do something (見回りをやりたい, 清掃をやってみたい). */
	private static final Pattern DOING = Pattern.compile("(?:やり|やってみ)たい");

	/** ... and where or how to begin: どこで, どうやって探せば, 何から, ありますか, 相談できる, where, how. */
	private static final Pattern WHERE_TO_BEGIN = Pattern.compile("どこ|どっか|どうやって|どうすれば|どうしたら|何から|なにから"
			+ "|ありますか|ある[？?]|あります[？?]|探せ|さがせ|相談でき|\\b(?:where|how)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Money for the activity (「市の補助金みたいなのってありますか？」 after a wish to start one): the fund's entries answer
	 * it, not where to ask about taking part.
	 */
	private static final Pattern MONEY = Pattern.compile("補助|助成|お金|おかね|資金|費用|\\b(?:funding|grants?|subsid)",
			Pattern.CASE_INSENSITIVE);

	/** Asking for the city's department in charge (担当って市役所だとどこ？) is a who-to-consult question. */
	private static final Pattern CITY_DEPARTMENT = Pattern.compile("課|部署|担当|市役所|しやくしょ"
			+ "|\\b(?:department|section|city office|city hall)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A room or place to gather in, with renting or gathering (部屋を借りたい, 集まれる場所, 会場を安く使える, "rent a room",
	 * "find a place to hold meetings"); a place for anything else (印刷できる場所, 相談できる場所) is not a room, nor is a place
	 * that can no longer be used (会場が使えなくなって日程をずらしたい).
	 */
	private static final Pattern ROOM = Pattern.compile("(?:部屋|へや|会議室|会場|かいじょう|スペース|場所|ばしょ)(?:を|が|って|は)?"
			+ "(?:安く|やすく)?\\s?(?:借り|かり|貸し|かし|使え|つかえ|使わせ)(?!(?:られ|れ)?なく)"
			+ "|(?:集まれる|あつまれる|集まる|あつまる|集える)(?:安い|やすい)?(?:部屋|へや|場所|ばしょ|所|ところ|とこ|会場|スペース)"
			+ "|(?:部屋|へや|会議室|会場)(?:を|が)?(?:探|さが)"
			+ "|活動(?:する|の)?(?:場所|ばしょ)(?:が|を)?(?:ない|なく|無い|無く|ほしい|欲しい|探|さが)"
			+ "|\\b(?:rent|book|borrow|find|use)\\b[^.?!]{0,20}\\b(?:room|place|space|venue|hall)\\b[^.?!]{0,20}\\b(?:meet|meeting|meetings|gather|hold|use)\\b"
			+ "|\\b(?:rent|book|borrow)\\b[^.?!]{0,12}\\b(?:room|space|venue|hall)\\b", Pattern.CASE_INSENSITIVE);

	/** A facility named: its own entries answer (公民館の部屋, コミセンの会議室, サポセンのスペース). */
	private static final Pattern FACILITY = Pattern.compile("公民館|こうみんかん|コミセン|こみせん|コミュニティセンター|サポセン|さぽせん"
			+ "|サポートセンター|文化会館|体育館|スポーツ|図書館|学校|kominkan|komisen|sapocen|support cent|community cent"
			+ "|library|school", Pattern.CASE_INSENSITIVE);

	/** Making a place of one's own (空き家を使って集まれる場所をやりたい) is not looking for a room. */
	private static final Pattern OWN_PLACE = Pattern.compile("(?:場所|ばしょ|スペース|居場所|ところ)を?(?:作|つく|やり|開|ひら|運営)"
			+ "|空き家|あきや", Pattern.CASE_INSENSITIVE);

	/**
	 * What comes before the last clause of a message: up to a connective that gives a reason or background (ので, から、,
	 * けど, が、, のに, ため、). The clause after it is what the message asks for.
	 */
	private static final Pattern BEFORE_LAST_CLAUSE = Pattern.compile(
			"^.*(?:ので|んで|から[、,\\s]|けど|けれど|が[、,]|のに|ため[、,]|。|．)");

	/** A best candidate at least this sure is a likely answer of its own (below the answer band). */
	static final double LIKELY = 0.6;

	/** Intents that leave the question to this: none, or one that only says the question asks where to turn. */
	private static final Set<String> OPEN = Set.of(Intent.WHO_TO_CONSULT, Intent.WHAT_IS_POSSIBLE);

	private CommonNeeds() {
	}

	static Optional<Reply> of(Context context) {
		String intent = context.classification().intent();
		Optional<Reply> room = roomAskedLast(context);
		if (room.isPresent()) {
			return room;
		}
		String question = SafeText.fold(context.question());
		String volunteering = context.properties().volunteeringEntry();
		// 「ボランティアがしてみたいです」 "I want to volunteer": a wish to take part naming no field, alone. The engine's sure
		// entry was one field's volunteering (the greenery office's, the council's insurance), reached on the wish alone.
		boolean wishAlone = wishToTakePart(question, true) && fieldsEntryFirst(context, volunteering)
				&& onlyCoordinators(context, DepartmentFinder.named(context));
		// 「海辺の自然を守る活動をしている団体に参加したいのですが、紹介してもらうことはできますか？」: a group to join, asked
		// to be introduced to, whose field's office the engine was sure of (0.77); an office's contact entry names who
		// handles the field, not the groups in it. Partners for one's own activity (「防災訓練に協力してくれる市民団体と
		// つながりたい」) are still the field office's, which knows its groups.
		boolean introductionOverOffice = INTRODUCTIONS.matcher(question).find() && JOINING.matcher(question).find()
				&& contactsFirst(context);
		// A sure entry answers. One answered below LIKELY (the engine's readers agreeing on it, docs/matching.md) is not
		// surer than a likely other entry, which these needs also give way to, and no surer than the need itself.
		if (context.classification().band() == Band.ANSWER && context.classification().confidence() >= LIKELY
				&& !wishAlone && !introductionOverOffice) {
			return Optional.empty();
		}
		boolean open = intent == null || OPEN.contains(intent);
		// A likely entry on a topic of its own is what such a message asks (「げんき基金の補助を受けた団体を分野別に知りたい」
		// → the fund's past recipients), as for rooms below.
		if (open && INTRODUCTIONS.matcher(question).find()
				&& !likelyTopic(context, context.properties().introductionsEntry())) {
			return answer(context, context.properties().introductionsEntry());
		}
		// Here the intent model's out-of-scope reading does not count: it took "I'd like to volunteer … where should I
		// start?" for one.
		if ((open || Intent.OUT_OF_SCOPE.equals(intent)) && (wishToTakePart(question, false) || wishAlone)
				&& (wishAlone || likelyOther(context, volunteering).isEmpty() && noFieldNamed(context))) {
			return answer(context, volunteering);
		}
		if (open && ROOM.matcher(question).find() && !FACILITY.matcher(question).find()
				&& !OWN_PLACE.matcher(question).find() && !likelyTopic(context, context.properties().roomsEntry())) {
			return answer(context, context.properties().roomsEntry());
		}
		return Optional.empty();
	}

	/**
	 * 「活動報告会を開きたいので会場を探しています」: a room asked for in the message's last clause, after what the room is
	 * for. However sure the engine is of an entry on the occasion (the fund's report meeting), the room is the question,
	 * unless the entry is about rooms itself or the message names a facility whose entries answer.
	 */
	private static Optional<Reply> roomAskedLast(Context context) {
		String intent = context.classification().intent();
		// (Without the marks that close the message: a final 。 would leave no last clause.)
		String question = SafeText.fold(context.question()).strip().replaceFirst("[。．.！!？?\\s…]+$", "");
		String last = BEFORE_LAST_CLAUSE.matcher(question).replaceFirst("");
		if (intent != null && !OPEN.contains(intent) || last.length() == question.length() || !ROOM.matcher(last).find()
				|| FACILITY.matcher(question).find() || OWN_PLACE.matcher(question).find()
				|| context.classification().band() != Band.ANSWER) {
			return Optional.empty();
		}
		String rooms = context.properties().roomsEntry();
		String category = context.visibleFaq(rooms).map(FaqEntry::category).orElse(null);
		boolean aboutRooms = context.candidates().stream().findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> faq.id().equals(rooms) || faq.category() != null && faq.category().equals(category))
			.isPresent();
		return aboutRooms ? Optional.empty() : answer(context, rooms);
	}

	/**
	 * 「図書館で読み聞かせのボランティアをしたい」「外国人向けの日本語教室を始めたい」: a wish to take part in or start an activity
	 * in a field that a department handles (the words besides the wish name it: 図書館, 読み聞かせ → 社会教育課), which the
	 * intent model took for a city service out of scope (図書館の開館時間), or one being planned (「フードドライブを企画して
	 * います。集めた食品を子ども食堂に届けたいです」 → こども政策課). Who at the city to turn to is what such a
	 * message needs; the out-of-scope reply left it with the switchboard. A wish with no field of a department's
	 * (「海外ボランティアに参加したい」) stays out of scope.
	 */
	static boolean activityInField(Context context) {
		if (!Intent.OUT_OF_SCOPE.equals(context.classification().intent())) {
			return false;
		}
		String question = SafeText.fold(context.question());
		String rest = PLANNING.matcher(STARTING.matcher(TAKE_PART.matcher(question).replaceAll(" ")).replaceAll(" "))
			.replaceAll(" ");
		if (rest.equals(question)) {
			return false;
		}
		Context field = context.asking(rest, context.classification());
		return !onlyCoordinators(context, DepartmentFinder.find(field));
	}

	/**
	 * Whether the message wishes to do an activity of the asker's own (ボランティアをしたい, 見回りをやりたい, 教室を始めたい), not to
	 * be served by the city (保育園に入れたい, 住民票がほしい).
	 */
	static boolean wishesActivity(String question) {
		String folded = SafeText.fold(question);
		return TAKE_PART.matcher(folded).find() || STARTING.matcher(folded).find() || DOING.matcher(folded).find();
	}

	/**
	 * What a wish to take part alone says besides the wish: a polite ending, and where or how to begin
	 * (「ボランティアがしてみたいです」「ボランティアしたい。どこに行けばいい？」 "I'd like to volunteer. Where can I go?").
	 */
	private static final Pattern WISH_ALONE = Pattern.compile("(?:と思って(?:います|いて|る)|のですが|んですが|んですけど|ですが|けど"
			+ "|です|ます|どこ(?:に|へ|で)?(?:行け|いけ|探せ|さがせ|聞け|きけ)?ば?(?:いい|よい|よろしい)?|どうすれば(?:いい|よい)?"
			+ "|どうしたら(?:いい|よい)?|(?:ですか|でしょうか|ですかね|の|か)|[。、,.！!？?\\s…〜~ー]"
			+ "|\\b(?:i|i'd|i'm|we|we'd|want|would|like|to|do|some|work|where|can|could|should|go|start|please|hi|hello)\\b)*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A wish to take part and where or how to begin, not about the city's departments or money; {@code alone}: with
	 * nothing else said ({@link #WISH_ALONE}).
	 */
	private static boolean wishToTakePart(String question, boolean alone) {
		if (!TAKE_PART.matcher(question).find() || CITY_DEPARTMENT.matcher(question).find()
				|| MONEY.matcher(question).find()) {
			return false;
		}
		return alone ? WISH_ALONE.matcher(TAKE_PART.matcher(question).replaceAll("")).matches()
				: WHERE_TO_BEGIN.matcher(question).find();
	}

	/**
	 * Whether the best candidate is an entry of a department other than the coordinators' and the one of {@code id}
	 * (the greenery office's volunteering, the social welfare council's insurance).
	 */
	private static boolean fieldsEntryFirst(Context context, String id) {
		Optional<String> own = context.visibleFaq(id).map(FaqEntry::departmentId);
		return context.candidates().stream().findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.map(FaqEntry::departmentId)
			.filter(department -> !department.equals(context.properties().coordinatorDepartment())
					&& !own.filter(department::equals).isPresent())
			.isPresent();
	}

	private static Optional<Reply> answer(Context context, String id) {
		return EntryReplies.byId(context, id, context.sureness());
	}

	/**
	 * The best candidate when it is another entry than {@code id} and at least {@link #LIKELY} sure: a likely answer of
	 * its own (げんき基金を使って何か活動をしたい → the fund's entries).
	 */
	private static Optional<Candidate> likelyOther(Context context, String id) {
		return context.candidates().stream().findFirst()
			.filter(top -> !top.faqId().equals(id) && top.confidence() >= LIKELY);
	}

	/** Whether the engine's best candidate is a department's contact entry (who handles a field). */
	private static boolean contactsFirst(Context context) {
		return context.candidates().stream().findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> ConsultReplies.CONTACTS.equals(faq.category()))
			.isPresent();
	}

	/**
	 * {@link #likelyOther} on a topic of its own (イベント会場を借りるのに補助金は使える？ → the fund's costs). A department's
	 * 相談窓口 entry is not: it is what the activity around the room search had pulled in (子ども向けの教室 → the
	 * children's contact).
	 */
	private static boolean likelyTopic(Context context, String id) {
		return likelyOther(context, id).flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> !ConsultReplies.CONTACTS.equals(faq.category()))
			.isPresent();
	}

	/**
	 * Whether the message names no field a department handles (a beach clean-up is the beach foundation's, a reading
	 * circle at the library 社会教育課's): only the coordinators' own topics (協働, ボランティア団体) or none.
	 */
	private static boolean noFieldNamed(Context context) {
		return onlyCoordinators(context, DepartmentFinder.find(context));
	}

	/** Whether the departments found are the coordinators at most (none, or only they). */
	private static boolean onlyCoordinators(Context context, List<Department> found) {
		String coordinators = context.properties().coordinatorDepartment();
		return found.stream().allMatch(department -> department.id().equals(coordinators));
	}
}
