package jp.chigasaki.kyodo.dialogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Candidate;

/**
 * Who to consult (窓口案内): names the department(s) for the question's topic with their cards, and says that the
 * coordinators can sit in the middle when the right department is unclear (取組案: 事前打ち合わせ・マッチング).
 */
final class ConsultReplies {

	private static final String MIDDLE = "どの課に相談すればよいか分からないときも、市民自治推進課 協働推進担当がご相談をお受けします。"
			+ "市の協働推進の取組案では、市民自治推進課 協働推進担当が間に入って担当課との調整役になることが検討されています"
			+ "（案の段階で、まだ始まっている仕組みではありません）。サポセンでも団体の立場からの相談を受けています。";

	/** The FAQ category of the entries that say which department handles what. */
	static final String CONTACTS = "相談窓口";

	/** How sure the top candidate must be, and how far ahead of the second, to answer instead of the directory. */
	private static final double LEAD = 0.4;
	private static final double LEAD_RATIO = 2;

	private static final String ASK_TOPIC = "ご相談したい内容（例：「防災訓練を市と一緒にやりたい」）を送っていただければ、担当課の候補をご案内します。";

	private ConsultReplies() {
	}

	/**
	 * 「どこに相談すればいい？」「担当の課は？」 and the like: the question asks who to turn to, whatever the intent model
	 * made of the activity around it. A sure FAQ candidate still answers (its text knows more than the directory).
	 */
	private static final Pattern WHERE = Pattern.compile("(?:どこ|どちら|どっち)(?:の課|の部署|の窓口|さま|様)?(?:に|へ|で|を|が)?"
			+ "(?:ご|お)?(?:相談|連絡|問い合わせ|問合せ|聞け|聞い|聞く|言え|言う|行け|行く|申請|お願い|持って|通せ|先に|担当)"
			// 「市役所の何課に行けばいいですか」: which office, asked with 何 (it fell back as out of scope).
			+ "|(?:どの|どこの|どちらの)(?:課|部署|窓口|担当)|(?:何|なに|なん)課(?:に|へ|で|が|を|です|でしょう|[？?]|$)|(?:課|部署|窓口|担当)(?:は|って|が)?[^。？?]{0,8}?(?:どこ|どちら|どっち)"
			+ "|担当(?:の)?(?:課|部署|窓口)(?:は|って|を(?:教|知|おし|しり)|が(?:分か|わか|知り|しり)|[？?]|$)"
			+ "|窓口(?:を|が)?(?:ご|お)?(?:教え|おしえ|知り|しり|分から|わから)|窓口(?:は|が|って)(?:ありますか|ある[？?]|ございますか|[？?]|$)"
			+ "|相談先|問い合わせ先|相談(?:でき|に乗)[^。？?]{0,12}(?:課|部署|窓口|ところ|とこ)|誰に(?:相談|聞|言|声)|だれに(?:相談|聞|言|声)|どなたに"
			// 「市で担当しているところはありますか」「市の担当は？」
			+ "|担当(?:している|してる|しています)(?:ところ|とこ|部署|課)|(?:市|市役所)(?:の|で)(?:担当|窓口)(?:は|って)?(?:[？?]|$)"
			+ "|who (?:should|can|do) (?:i|we) (?:talk|speak|contact|ask|consult)"
			+ "|which (?:city |municipal )?(?:department|section|office|division|desk)"
			+ "|who (?:handles|is in charge|deals with)|where (?:should|can|do) (?:i|we) (?:ask|consult|go|apply)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * 「歩く会を作りたい。市で協力してもらえる？」「防犯パトロールのベスト、市で貸してくれる？」「許可っている？」, "do we need a
	 * permit?": whether the city helps with an activity, or who allows it. When no entry is a likely answer (below
	 * {@link #LEAD}), the question is who at the city to turn to.
	 */
	private static final Pattern CITY_HELP = Pattern.compile("(?:市|市役所|行政)(?:で|から|が|に|は|の方で|の方から)"
			+ "[^。？?]{0,25}?(?:協力|支援|応援|手伝|紹介|貸|借り|もらえ|いただけ|くれ|来て|やれ|やって)"
			+ "|(?:市|市役所)の[^。？?]{0,10}?(?:部署|課|担当)(?:と|に|で)"
			+ "|(?:許可|きょか)[^。？?]{0,6}?(?:いる|要る|いり|要り|必要|取|もらう|もらえ)"
			+ "|\\bneed (?:a )?(?:permission|permit)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * 「防犯パトロールを始めたい」「外国人向けの日本語教室を開きたい」「防犯パトロールをやりたい」: a wish to start, found, open or
	 * do something, said as the
	 * whole message. When no entry is a likely answer (below {@link #LEAD}), the asker wants to know who at the city to
	 * turn to, as a message that asks so in words does; the generic fallback would leave them with nothing.
	 */
	private static final Pattern STARTING = Pattern.compile("(?:" + CommonNeeds.START + "|(?:やり|やってみ)たい)"
			+ "(?:のですが|んですが|です|と思って(?:い)?ます|と考えています)?[。！!…]*$");

	/**
	 * Words of an activity or of working with others (協働, 活動, 団体, グループ, イベント, ボランティア, 自治会, NPO, 一緒に,
	 * 企画, 事業 …): a question with none of them that the directory places nowhere is about a matter of one's own.
	 */
	private static final Pattern WORKING_TOGETHER = Pattern.compile("協働|きょうどう|活動|かつどう|団体|だんたい|グループ|サークル"
			+ "|会を|の会|イベント|催し|行事|祭り|まつり|ボランティア|ぼらんてぃあ|自治会|町内会|NPO|ＮＰＯ|法人|一緒|いっしょ|共に|組み|連携"
			+ "|企画|事業|取り組|取組|プロジェクト|教室|講座|市民|地域|ちいき|協力|提案|支援したい|手伝|寄付|寄附|後援|共催|補助|助成|基金"
			+ "|サポセン|センター|会社|企業|お店|店舗|学校|大学|部活|ゼミ|職員|課の|担当課|所管"
			+ "|拾い|ひろい|清掃|掃除|見守り|パトロール|防災|防犯|花壇|植え|居場所|食堂|マップ|交流|仲間|有志|みんなで|私たち|うちら"
			+ "|組|(?<!相談|相談を|質問|確認|聞き|知り)(?:し|やり|作り|つくり|開き|ひらき|始め|はじめ)たい"
			+ "|\\b(?:collaborat\\w*|group|club|event|volunteer\\w*|activit\\w*|project|organi[sz]\\w*|community|nonprofit|npo|together)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A noun-like word of Japanese: kanji or katakana, two or more, or an abbreviation in capitals (DV, PTA). (English
	 * words are left out: "Can the city help us?" names nothing, but its words would read as nouns.)
	 */
	private static final Pattern NOUN = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}|[A-Z]{2,}");

	/**
	 * Words that name no matter of their own in a question of where to turn (「結局どこに相談すればいいの？」). 保険 alone is
	 * not one of one's own life either: asked here it is as often the civic activities' insurance as the national health
	 * insurance (国民健康保険 is a word of its own), so 「保険の相談はどこにすればいい？」 is the go-between's. Nor are the
	 * telephone and once (「市役所に電話したら3回たらい回しにされました。どこに聞けば一発でわかるんですか」 fell back as out
	 * of scope): how the writer asked and how they want to be answered.
	 */
	private static final Set<String> NO_MATTER = Set.of("結局", "一体", "相談", "窓口", "担当", "市役所", "役所", "最初", "場所",
			"全然", "全く", "見当", "本当", "正直", "保険", "電話", "一発", "一度", "一回");

	/** Whether the question, without its words asking where to turn, names a matter (a Japanese noun besides those). */
	static boolean namesAMatter(String question) {
		Matcher noun = NOUN.matcher(withoutWhere(Normalizer.normalize(question, Normalizer.Form.NFKC)));
		while (noun.find()) {
			if (!NO_MATTER.contains(noun.group())) {
				return true;
			}
		}
		return false;
	}

	/** {@code question} without its words asking where to turn ({@link #WHERE}); unchanged when it has none. */
	static String withoutWhere(String question) {
		return WHERE.matcher(question).replaceAll(" ").strip();
	}

	static boolean asksWhere(Context context) {
		if (context.classification().band() == Band.ANSWER) {
			return false;
		}
		if (Intent.OUT_OF_SCOPE.equals(context.classification().intent())) {
			// 「どこの課に話をすればいいのか、まったく見当がつかなくて」「市役所のどこの課に相談したらええか全然わからへんねん」:
			// which department, of no matter named, is the go-between's question whatever words around it the
			// out-of-scope examples share (まったく, 全然, ねん); it fell back as out of scope. A matter named (住民票の
			// 窓口はどこ) keeps the guess.
			return WHERE.matcher(context.question()).find() && !namesAMatter(context.question());
		}
		return WHERE.matcher(context.question()).find() || context.classification().intent() == null
				&& context.classification().confidence() < LEAD && (CITY_HELP.matcher(context.question()).find()
						|| STARTING.matcher(context.question().strip()).find());
	}

	/**
	 * 「交通安全の担当課」「外国人の支援をしている部署」: the field of the department asked for, in the asker's words (the
	 * city or a pointing word before it dropped).
	 */
	private static final Pattern FIELD_ASKED = Pattern.compile("(?:(?:市|市役所)(?:の|で))?" + DepartmentFinder.FIELD
			+ "(?:の|関係の|分野の|に関する|を担当(?:している|してる|しています)|を(?:扱|あつか)(?:っている|ってる)|をして(?:いる|る))"
			+ "(?:担当課|担当部署|担当の課|課|部署|窓口)(?:は|って|を|が|[？?]|$)");

	/** A field that names nothing of its own (「この件の担当課」「どこの課」). */
	private static final Pattern NO_FIELD = Pattern.compile("^(?:この|その|あの|どこ|どの|どちら|こちら|そちら|ここ|そこ|うち|市|市役所|担当|相談|件|こと)");

	/**
	 * Whether the asker names the field of the department they ask for, and no department of the directory handles
	 * it (「通学路の見守りと交通安全教室をやりたいのですが、市の交通安全の担当課を教えてください」): the coordinators are the
	 * way in, not a department the other words of the message found (見守り gave the welfare office at 1.00).
	 */
	private static boolean fieldAskedNamesNone(Context context) {
		Matcher field = FIELD_ASKED.matcher(SafeText.fold(context.question()));
		if (!field.find() || NO_FIELD.matcher(field.group("field")).find()) {
			return false;
		}
		return DepartmentFinder.namedBy(context, field.group("field")).isEmpty();
	}

	/**
	 * @param framed whether an entry leads only on the words asking where to turn; such an entry is not answered for
	 * its lead when the directory names no department
	 */
	static Reply answer(Context context, Predicate<String> framed) {
		if (context.classification().band() == Band.ANSWER) {
			Optional<Reply> entry = EntryReplies.best(context);
			if (entry.isPresent()) {
				return withDepartment(context, entry.get());
			}
		}
		boolean unplaced = fieldAskedNamesNone(context);
		List<Department> found = unplaced ? List.of() : DepartmentFinder.find(context);
		// A field no department handles is not answered by an entry that leads on the message's other words either.
		Optional<Reply> leading = unplaced ? Optional.empty() : leading(context, found, framed);
		if (leading.isPresent()) {
			return withDepartment(context, leading.get());
		}
		Optional<Reply> topical = found.stream().findFirst().flatMap(d -> topicOf(context, d));
		if (topical.isPresent()) {
			return withDepartment(context, topical.get());
		}
		Optional<Reply> contactEntry = found.stream().findFirst().flatMap(d -> contactEntry(context, d));
		if (contactEntry.isPresent()) {
			return withDepartment(context, contactEntry.get());
		}
		if (found.isEmpty() && !context.state().remembersAnswer()
				&& context.state().offered().isEmpty() && !WORKING_TOGETHER.matcher(SafeText.fold(context.question())).find()
				&& !CommonNeeds.wishesActivity(context.question()) && namesAMatter(context.question())) {
			// 「DVの相談はどこにすればいいですか」「ハローワーク以外で就職の相談ができる窓口ってありますか」: a matter of one's
			// own life, no activity and no group in it, which the directory places nowhere. The coordinators find
			// departments for activities; for this the city's switchboard is the way in, as for any matter out of scope.
			// Only a conversation's first matter: after an answer or options, 「どこに相談したら」 asks about what came
			// before it (a family association being founded).
			return MissReplies.miss(context, true);
		}
		Draft draft = Draft.of(Decision.ANSWER)
			.intent(Intent.WHO_TO_CONSULT, context.sureness())
			.candidates(context.candidates());
		if (found.isEmpty()) {
			notFound(context, draft);
		}
		else {
			offices(draft, found).text(MIDDLE);
		}
		context.candidates().stream().findFirst()
			.ifPresent(top -> draft.quick(Buttons.entry(context.title(top), top.faqId())));
		// With no department found, the coordinators are named first as the go-between: 「電話番号は？」 next asks for theirs
		// (it read as the city switchboard's entry).
		String named = found.isEmpty() ? context.coordinators().map(Department::id).orElse(null) : found.get(0).id();
		return draft.quick(Buttons.human(), Buttons.menu()).build(context.settled(null, named));
	}

	/**
	 * An entry that clearly leads the others (「浜辺のゴミ拾いのごみ袋はどちらにお願いすれば」 → the beach-cleanup entry, far
	 * ahead of the rest) knows more than the directory: it is answered when the directory names no department, when it
	 * is a 相談窓口 entry, or when its department is the one the directory found. A question the directory places
	 * elsewhere keeps the directory's answer.
	 */
	private static Optional<Reply> leading(Context context, List<Department> found, Predicate<String> framed) {
		List<Candidate> candidates = context.candidates();
		if (candidates.isEmpty() || context.classification().band() == Band.LOW) {
			return Optional.empty();
		}
		Candidate top = candidates.get(0);
		double second = candidates.size() > 1 ? candidates.get(1).confidence() : 0;
		if (top.confidence() < LEAD || top.confidence() < LEAD_RATIO * second) {
			return Optional.empty();
		}
		// The coordinators' own entries (「市と協働したいときは」「どの課に相談すればいいのか分からない」) are no more specific
		// than the directory, but when it names no department and one of them leads and is likely, it is what the message
		// asks: 「市役所の人と一緒に何かやってみたいんですが、アイデアってどこに持っていけばいいですか」 got the go-between's
		// words without the entry on working with the city. Leading below likely, one of them was the wrong one of the two.
		return context.visibleFaq(top.faqId())
			.filter(faq -> !generic(context, faq) || found.isEmpty() && top.confidence() >= CommonNeeds.LIKELY
					&& context.properties().coordinatorDepartment().equals(faq.departmentId()))
			.filter(faq -> !found.isEmpty() || !framed.test(faq.id()))
			.filter(faq -> found.isEmpty() || CONTACTS.equals(faq.category())
					|| found.stream().anyMatch(d -> d.id().equals(faq.departmentId()))
					|| found.stream().allMatch(d -> d.id().equals(context.properties().coordinatorDepartment())))
			.flatMap(faq -> EntryReplies.byId(context, faq.id(), top.confidence()));
	}

	/**
	 * 「市と共催でイベントやりたい。窓口どこ」: the directory finds the coordinators, and the engine's best entry other than
	 * a generic 相談窓口 entry (the menu's 共催) is theirs and likely ({@link #LEAD}): it says what the contact entry says
	 * and what the topic needs besides.
	 */
	private static Optional<Reply> topicOf(Context context, Department department) {
		if (context.classification().band() == Band.LOW) {
			return Optional.empty();
		}
		return context.candidates().stream()
			.filter(candidate -> context.visibleFaq(candidate.faqId()).map(faq -> !generic(context, faq)).orElse(true))
			.findFirst()
			.filter(top -> top.confidence() >= LEAD)
			.filter(top -> DepartmentFinder.departmentOf(context, top.faqId()).map(d -> d.id().equals(department.id()))
				.orElse(false))
			.flatMap(top -> EntryReplies.byId(context, top.faqId(), top.confidence()));
	}

	/**
	 * The coordinators' and the switchboard's own 相談窓口 entries (「どこに相談すればいいか分からない」) say what the reply
	 * without a department says: they are no more specific than the directory. An entry filed under the switchboard
	 * only because its topic's department is not known ({@code unknown}: 「男女共同参画の担当課は分かっていません」) speaks of
	 * that topic, and is not generic.
	 */
	private static boolean generic(Context context, FaqEntry faq) {
		return CONTACTS.equals(faq.category()) && !faq.unknown()
				&& (context.properties().coordinatorDepartment().equals(faq.departmentId())
						|| context.properties().switchboardDepartment().equals(faq.departmentId()));
	}

	/**
	 * The 相談窓口 entry that speaks of this department (its own, or one whose answer names it: 農業水産課 is in the
	 * entry on 商業・観光): its text says more than the directory (who else helps, what is not known).
	 */
	private static Optional<Reply> contactEntry(Context context, Department department) {
		String name = department.name().replaceAll("[（(].*$", "").strip();
		return context.knowledge().faqs().stream()
			.filter(faq -> CONTACTS.equals(faq.category()) && faq.visibleTo(context.audience()))
			.filter(faq -> department.id().equals(faq.departmentId()) || faq.answer().contains(name))
			.filter(faq -> !department.id().equals(context.properties().coordinatorDepartment())
					|| department.id().equals(faq.departmentId()))
			.findFirst()
			.flatMap(faq -> EntryReplies.byId(context, faq.id(), context.sureness()));
	}

	/**
	 * A sure candidate (「環境活動の相談ってどこの課？」 → its 相談窓口 entry) is answered, as its text knows more than the
	 * directory (what is not known, who else helps); the department card and the middle role are added when missing.
	 */
	private static Reply withDepartment(Context context, Reply entry) {
		List<ReplyMessage> messages = new ArrayList<>(entry.messages());
		boolean carded = messages.stream().anyMatch(ReplyMessage.DepartmentCard.class::isInstance);
		Optional<Department> department = context.department(entry.departmentId());
		if (!carded && department.isPresent()) {
			messages.add(Draft.cardOf(department.get()));
		}
		if (!entry.text().contains("間に入")) {
			messages.add(new ReplyMessage.Text(MIDDLE));
		}
		return new Reply(entry.decision(), Intent.WHO_TO_CONSULT, entry.faqId(), entry.departmentId(),
				entry.confidence(), messages.subList(0, Math.min(Reply.MAX_MESSAGES, messages.size())),
				entry.quickReplies(), entry.candidates(), entry.next());
	}

	/**
	 * No department's topics are in the question: the coordinators are named first, with their phone, as the
	 * go-between who finds the right department (never "unknown" alone); the switchboard follows for matters that are
	 * not about working with the city (a polling station).
	 */
	private static void notFound(Context context, Draft draft) {
		context.coordinators().ifPresent(coordinators -> draft.department(coordinators.id())
			.text("ご相談の内容を担当する課は、この一覧からは特定できませんでした。" + coordinators.name()
					+ (coordinators.phone() == null ? "" : "（電話 " + coordinators.phone() + "）")
					+ "が間に入って、担当課をご案内し、調整をお手伝いします（市の協働推進の取組案で掲げられている役割です）。"
					+ "サポセンでも団体の立場からの相談を受けています。\n" + ASK_TOPIC)
			.card(coordinators));
		context.switchboard().ifPresent(switchboard -> draft
			.text("市の手続きや施設のことは、" + switchboard.name() + "で担当課をお尋ねください。")
			.card(switchboard));
	}

	/**
	 * 「それは何課？」 right after a clarify: the offices of its first two options (「公園の花壇の手入れ」 offered the
	 * park-care groups and the greenery volunteers; asked alone, 「それは何課？」 was a clarify of three unrelated entries,
	 * 「どこの課？」 the go-between). Empty when the options name no office but the switchboard.
	 */
	static Optional<Reply> officesOfOffered(Context context) {
		List<Department> found = context.state().offered().stream().limit(2)
			.map(id -> DepartmentFinder.departmentOf(context, id))
			.flatMap(Optional::stream)
			.filter(department -> !department.id().equals(context.properties().switchboardDepartment()))
			.distinct()
			.toList();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(offices(Draft.of(Decision.ANSWER).intent(Intent.WHO_TO_CONSULT, 1), found)
			.quick(Buttons.human(), Buttons.menu())
			.build(context.settled(null, found.get(0).id())));
	}

	/** The departments found, the first as the reply's, each with its card. */
	private static Draft offices(Draft draft, List<Department> found) {
		draft.department(found.get(0).id()).text(named(found));
		found.forEach(draft::card);
		return draft;
	}

	private static String named(List<Department> departments) {
		StringBuilder text = new StringBuilder("ご相談の内容は、").append(departments.get(0).name()).append("が窓口です。");
		if (departments.size() > 1) {
			text.append("内容によっては、").append(departments.get(1).name()).append("にもご相談ください。");
		}
		return text.append("担当している内容と連絡先は、次のとおりです。").toString();
	}
}
