package jp.chigasaki.kyodo.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
	private static final int SHORT_ENGLISH = 6;

	/** What was named a moment ago: 「さっきの」「先ほどの」. */
	private static final String JUST_NAMED = "(?:さっき|先ほど|先程|さきほど)の";

	private static final Pattern REFERS = Pattern.compile("^(?:じゃあ|じゃ|では|なら|で、|それで)|それ|その|そこ|あれ|そちら|この課|こちら"
			// 「来年の4月からも同じところがやるんですか？」 after the centre's operator: the one just named.
			+ "|同じ(?:ところ|所|とこ|団体|法人|会社|人|方|課)"
			// 「さっきの課は何階でしたっけ」: the office named a moment ago, as その課 (it was out of scope).
			+ "|" + JUST_NAMED + "(?:課|部署|係|窓口|担当|ところ|とこ)");

	/**
	 * English aspects written only in function words, which the engine drops ("How much is it?" says nothing to it):
	 * the Japanese word of the aspect, for a follow-up asked with the last topic in front.
	 */
	private static final List<Map.Entry<Pattern, String>> ENGLISH_ASPECTS = List.of(
			Map.entry(Pattern.compile("\\bhow much\\b", Pattern.CASE_INSENSITIVE), "いくら"),
			// "How many people can fit?" asks how many a room holds.
			Map.entry(Pattern.compile("\\bhow many\\b.*\\b(?:fit|hold|holds|seat|seats)\\b", Pattern.CASE_INSENSITIVE), "定員"),
			Map.entry(Pattern.compile("\\bhow many\\b", Pattern.CASE_INSENSITIVE), "人数"),
			Map.entry(Pattern.compile("\\b(?:what time|how late|until when)\\b", Pattern.CASE_INSENSITIVE), "時間"),
			Map.entry(Pattern.compile("\\bhow long\\b", Pattern.CASE_INSENSITIVE), "期間"));

	/** A pointing word (それ, その, そこ, あれ, そちら), without the connectives that only join (じゃあ, では). */
	private static final Pattern POINTING = Pattern.compile("それ(?!ぞれ)|その|そこ|あれ|そちら");

	/**
	 * 「事業協力ってのも聞いたけど、それは？」: the message names what it points at (Xって, Xという) before pointing at it.
	 */
	private static final Pattern NAMED_THEN_POINTED = Pattern.compile("(?:って|という|っていう|とかいう)(?:の|もの|やつ)?"
			+ "(?:も|が|を|は)?[^。？?！!]{0,20}?[、,。\\s]\\s*(?:それ(?!ぞれ)|その|そこ|あれ|そちら)");

	private static final Pattern CONTACT = Pattern.compile(ContactLookup.NUMBER_OR_FLOOR
			+ "|電話|でんわ|連絡先|番号|ばんごう|問い合わせ先|" + ContactLookup.NAME
			+ "|\\b(?:phone|telephone|tel|contact|floor|call|number)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Where a place is: 「どこにありますか」「場所は？」「どちらですか」 "Where is it?". */
	private static final Pattern PLACE = Pattern.compile("どこ|どちら|場所|ばしょ|住所|行き方|いきかた"
			+ "|\\b(?:where|located|location)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * The office just named, pointed at rather than named: 「その課」「担当の課」「担当部署」「窓口」「担当」「そこ」 "that
	 * office", "it".
	 */
	private static final Pattern ITS_OFFICE = Pattern.compile(
			"(?:その|この|担当の?|所管の?|" + JUST_NAMED + ")(?:課|部署|係|窓口)|担当課|所管課|窓口|担当(?:者|の方|の人)?(?:さん|様)?|そこ|そちら"
					+ "|\\b(?:the|that|this|their|your|its) (?:office|department|section|desk|counter)\\b|\\b(?:it|they)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * What is left of 「何階ですか？」「番号を教えてください」「その課はどこにありますか？市役所の本庁舎ですか？」 without the
	 * contact, place and office words: a leading connective (じゃあ, あと), particles, a request, being somewhere, the city
	 * hall itself, an ending.
	 */
	private static final Pattern BARE = Pattern.compile("^(?:じゃあ|じゃ|では|なら|それで|あと)|[\\p{P}\\s]|教えて|おしえて"
			// 「担当課の場所を教えていただけますか」: the polite forms of a request ask nothing more.
			+ "|お教え|いただけます|いただけません|いただけ|頂けます|頂け|もらえます|もらえる|もらえ|くれます|くれる"
			+ "|ほしい|欲しい|お願いします|お願い|願います|願え|いたします|致します|でき(?:ます|ません)?|ます|ません|もう一度|もう一回"
			+ "|ください|下さい|でしょう|です"
			// 「その課は何階でしたっけ」: remembering aloud asks nothing more (it was the step-up support's rate).
			+ "|でしたっけ|だったっけ|だっけ|っけ|でした"
			+ "|あります|ある|行けば|いけば|いい|市役所|本庁舎|庁舎|[はをのもかねよにへ]|って"
			// "Who do I call?" "What's the number?": English asks as little around the request.
			+ "|\\b(?:is|are|exactly|who|whom|what|what's|whats|do|does|should|can|could|i|we|the|their|its|s|then|so|ok)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * 「どこに出せばいい？」「誰に相談すればいいですか」「提出先は？」 "Where do I send it?": where to take the matter just
	 * discussed, and nothing else. Not where to apply (「どこで申し込めますか」): the entries on applying answer that.
	 */
	private static final Pattern WHERE_TO = Pattern.compile("^(?:じゃあ|じゃ|では|で、|それで|あと、?)?"
			+ "(?:(?:どこ|どちら|どっち|誰|だれ|どなた)(?:に|へ|で|から|を)?(?:ご|お)?"
			+ "(?:相談|連絡|問い合わせ|問合せ|提出|出|だ|聞|き|行|い|持って|もって|送|おく|頼|たの|言)"
			+ "|(?:提出|相談|問い合わせ|問合せ|送り|送付)先)[\\p{IsHiragana}ー]*[？?。！!\\s]*$"
			+ "|^(?:so |and )?(?:where|who) (?:do|should|can|would) (?:i|we) (?:submit|send|ask|go|contact|talk|turn)"
			+ "(?: (?:it|this|that|them|to|for it))*\\??$", Pattern.CASE_INSENSITIVE);

	/** Another year or round of a thing (去年, 来年度, 前回): an aspect, and alone the last question again. */
	private static final String YEAR = "去年|昨年|前年|今年|来年|前回|次回|(?:今|来|昨|前)年度|毎年";

	/**
	 * When a thing takes place or is settled (「次いつ？」「開催時期は？」「日程はいつ決まる？」): 次回 alone pulled 「次回の開催
	 * 時期と申込方法をお教えください。」 after the field presentations to the next Mirai Talk.
	 */
	private static final String WHEN_HELD = "次|つぎ|時期|日程|にってい|日時|開催|かいさい|スケジュール|決ま";

	/** Taking part in or sitting in on a thing (「傍聴できる？」 after the committee, 「見学だけでもいい？」). */
	private static final String TAKING_PART = "参加|さんか|見学|けんがく|傍聴|ぼうちょう";

	/**
	 * An aspect of whatever is being discussed, which names no topic of its own: its cost (料金, いくら), its time (何時まで,
	 * いつ, 締め切り), its place, how to apply, book or join, who may (個人でも, 何人), what is needed. "How much?", "When?".
	 */
	private static final Pattern FACET = Pattern.compile("いくつ|何個|なんこ|何種類|"
			+ "料金|りょうきん|使用料|利用料|参加費|会費|費用|ひよう|値段|お金|おかね|いくら|何円"
			+ "|無料|有料|ただ|タダ|時間|じかん|何時間?|なんじかん|なんじ|いつ|" + YEAR + "|" + WHEN_HELD + "|" + TAKING_PART
			+ "|年度|年末年始|年末|年始|[月火水木金土日]曜日?|土日|週末|平日|祝日|休日|何曜日?|なんようび|曜日|休み|やすみ|休館|開いて|あいて|空いて|締め?切り?|〆切|しめきり"
			+ "|期限|期間|場所|ばしょ|申請書|申込書|申し込み書|様式|用紙|例えば|たとえば|具体例|具体的に|事例"
			+ "|どこ|どちら|駐車場|ちゅうしゃじょう|駐輪場|申請|しんせい|申し?込|もうしこ|募集|ぼしゅう|応募|おうぼ|予約|よやく|登録|とうろく"
			+ "|手続き?|てつづき|方法|ほうほう|やり方|やりかた|どうやって|どうやる|どうすれば|どうする|どうしたら|条件|じょうけん|対象|資格"
			+ "|必要|ひつよう|要る|いる|書類|しょるい|持ち物|人数|定員|何人|なんにん|個人|こじん|ひとり|一人|団体|だんたい"
			+ "|見られ|見れ|みられ|出せ|だせ|出す|だす|出し|出る|出ます|出ない|でる|でます|でない|入れ|いれ|入る|はいる|はいれ|使え|つかえ|借りられ|借りれ|かりられ|かりれ|もらえ|できる|でき"
			// 「使うのにお金かかる？」 after the plaza: using it is what the last answer is about.
			+ "|使う|つかう|使用|利用"
			+ "|当日|前日|前の日|直前|とれる|取れる|とれます|取れます|(?:何|なん)(?:日|にち|か月|ヶ月|カ月|週間|分|ぷん)前?|日前|日数|期日|キャンセル|取り?消し|変更|延長|大丈夫|だいじょうぶ"
			+ "|可能|どのくらい|どれくらい|どのぐらい|どれぐらい|ネット|ねっと|オンライン|インターネット|ウェブ|郵送|メールで|電話で|でんわで|FAX|ファックス"
			// How it is handed in or done: through this LINE, at the counter, in person (「LINEで登録できる？」「市役所まで
			// 行かないとダメ？」 were out of scope).
			+ "|ライン|(?<![a-z])line(?![a-z])|窓口|まどぐち|持参|来庁|(?:市役所|役所)まで|(?:行|い)かないと|(?:行|い)く必要"
			// Whether it will do: 「窓口じゃないとダメ？」「個人だと無理？」.
			+ "|ダメ|駄目|無理|ムリ"
			+ "|\\b(?:how much|how many(?: people| persons| members)?|capacity|when|what time|where|how (?:do|can) (?:i|we) (?:apply|book|join|register)|cost|fee|fees"
			+ "|price|deadline|hours|open|parking|apply|book|register"
			// "How long does it take?" "How far in advance can I book?" "Is it free?" "Can I do it online?"
			+ "|how long|(?:how far )?in advance|free|paid|charge|online|by phone|by e-?mail|bring|registration|reservation|reserve"
			+ "|in person)\\b",
			Pattern.CASE_INSENSITIVE);

	/** The English words around an aspect that name nothing ("How much can we get?", "Is there parking?"). */
	private static final Pattern ENGLISH_FILLER = Pattern.compile("\\b(?:can|could|we|i|you|get|got|is|are|was|it|its"
			+ "|there|do|does|did|need|to|a|an|the|for|of|this|that|be|our|my|your|any|still|also|and|so|then|fit|allowed"
			+ "|take|takes|usually|typically|normally|join|much)\\b",
			Pattern.CASE_INSENSITIVE);

	/** 「もっと詳しく教えて」「詳細は？」 "Tell me more": more than the last answer said. */
	private static final Pattern MORE = Pattern.compile("(?:もっと|さらに|もう少し|もうちょっと|もうすこし)?(?:詳しく|くわしく|詳細)"
			+ "|\\b(?:tell me more|more (?:details?|info(?:rmation)?))\\b", Pattern.CASE_INSENSITIVE);

	/** The English words that only make a request polite ("Can you tell me more?"). */
	private static final Pattern POLITE = Pattern.compile("\\b(?:can you|please|could you)\\b", Pattern.CASE_INSENSITIVE);

	private FollowUps() {
	}

	/** Whether the message asks for nothing but more detail than the last answer (「もっと詳しく教えて」). */
	static boolean onlyAsksMore(String question) {
		String rest = MORE.matcher(question).replaceAll("");
		return rest.length() < question.length()
				&& BARE.matcher(POLITE.matcher(rest).replaceAll("")).replaceAll("").isEmpty();
	}

	/**
	 * More than the last answer said: the bot has nothing more on it, so it says so, offers the entries related to the
	 * last one and the last department's card. 「もっと詳しく教えて」 read on its own matched whatever entry says 詳しく.
	 */
	static Optional<Reply> more(Context context) {
		return beyondTheLastAnswer(context, "この件でご案内できるのは、先ほどの内容までです。");
	}

	/**
	 * 「じゃあ大丈夫ってこと？」「つまりOKですか」: whether the last answer means the asker's case is fine. Only the office
	 * can say that of a case; read alone, the first was the fund's member rule at 0.77 after the rule on other
	 * subsidies.
	 */
	private static final Pattern CONFIRMS = Pattern.compile("^(?:じゃあ|じゃ|では|なら|それなら|つまり|ということは|ってことは)?[、,\\s]*"
			+ "(?:うちは|うちも|私たちは|私たちも)?(?:大丈夫|だいじょうぶ|OK|オッケー|おっけー|問題ない|問題なし|セーフ|いける|対象)"
			+ "(?:って|という|ってこと|ということ|なの|なん)?(?:こと)?(?:ですか|でしょうか|ですね|だよね|よね|ね|かな|か)?[？?。…!！\\s]*$",
			Pattern.CASE_INSENSITIVE);

	/** Whether the message only asks if the last answer means the asker's case is fine ({@link #CONFIRMS}). */
	static boolean onlyAsksConfirmation(String question) {
		return CONFIRMS.matcher(SafeText.fold(question).strip()).matches();
	}

	/** Whether the asker's own case is fine: the office says so; the related entries, its card and a person follow. */
	static Optional<Reply> confirmation(Context context) {
		return beyondTheLastAnswer(context, "ご自身の場合に当てはまるかどうかは、こちらでは判断できません。先ほどの内容が、確かめられていることのすべてです。");
	}

	private static Optional<Reply> beyondTheLastAnswer(Context context, String opening) {
		return lastDepartment(context).map(department -> {
			Draft draft = Draft.of(Decision.ANSWER)
				.entry(null, department.id(), 1)
				.text(opening + "関連することは下のボタンから選べます。詳しくは"
						+ department.name() + "にお問い合わせいただくか、「担当者に相談」からご相談ください。")
				.card(department);
			context.visibleFaq(context.state().lastFaqId())
				.ifPresent(last -> EntryReplies.related(context, last, List.of()).forEach(draft::quick));
			return draft.quick(Buttons.human(), Buttons.menu()).build(context.settled(context.state().lastFaqId(),
					department.id()));
		});
	}

	/** 「去年は？」「来年度も？」: the last question asked again of another year. */
	private static final Pattern SHIFTS_TIME = Pattern.compile("^(?:じゃあ|じゃ|では|で|あと)?[、,\\s]*"
			+ "(?:" + YEAR + ")(?:は|も|って|の|だと)?"
			+ "(?:どう|どうだった|どうなる|どうですか|どうでしたか"
			// 「今年の話です」 after the year-end closing: which year was meant (it read as the centre's festival at 0.90).
			+ "|(?:話|はなし|こと|分|ぶん|やつ)(?:です|なんです|だよ|ですけど|だけど)?)?[かのね]?[？?。…!！\\s]*$");

	/**
	 * Whether the message asks the last question again of another year (「去年は？」 after the fund's deadline): the last
	 * entry answers it as far as the knowledge does. Read alone, 「去年は？」 was the step-up entry for groups founded last
	 * year.
	 */
	static boolean onlyShiftsTime(String question) {
		return whole(SHIFTS_TIME, question);
	}

	/**
	 * Where the last answer comes from, or how old it is: 「出典は？」「今の回答の根拠はどこですか」「この情報いつの時点の
	 * もの？」「どこに書いてある？」 "Where is that from?".
	 */
	private static final Pattern SOURCE = Pattern.compile("^(?:(?:すみません|すいません|あの|えっと)[、,\\s]*)?(?:"
			+ "(?:(?:その|今の|いまの|さっきの|この|それの)?(?:回答|答え|こたえ|情報|話|内容)?(?:の|って)?)"
			+ "(?:出典|ソース|根拠|情報源|参照元|元の資料|もとの資料|引用元)(?:は|って|を|が)?(?:どこ|何|なに|なん)?"
			+ "(?:ですか|でしょうか|ある|あります(?:か)?|教えて(?:ください)?|おしえて|知りたい(?:です)?)?"
			+ "|(?:その|今の|いまの|さっきの|この|それ)?(?:回答|答え|情報|内容)?(?:って|は)?(?:どこ|何)(?:に|で)(?:書いて|載って|のって)"
			+ "(?:ある|あります|いる|います)(?:か|の)?"
			+ "|(?:その|今の|いまの|さっきの|この|それ)?(?:情報|回答|内容|データ)?(?:って|は)?いつ(?:の時点の|の|時点の|じてんの)(?:情報|もの|データ|話)"
			+ "(?:ですか|でしょうか|なの)?"
			// 「それ確定？」「その情報って正確ですか」: how sure the last answer is, which its sources and their dates tell.
			+ "|(?:それ|その情報|その話|今の(?:回答|答え|情報)|いまの(?:回答|答え|情報))(?:って|は)?"
			+ "(?:確定|確実|確か|たしか|正確|本当|ほんと|間違いない|まちがいない)(?:なの|なん|です|でしょう|ですか|なんですか|なんでしょうか)?(?:か)?"
			+ "|(?:where(?:'s| is| does) (?:that|this|it)(?: information)? (?:from|come from)|what(?:'s| is) (?:the|your) source)"
			+ ")[？?。.!！…\\s]*$", Pattern.CASE_INSENSITIVE);

	/** Whether the message asks where the last answer comes from (see {@link #SOURCE}). */
	static boolean asksSource(String question) {
		return whole(SOURCE, question);
	}

	/** The last answer again: 「もう一回言って」「もう一度お願いします」「繰り返して」 "Say that again". */
	private static final Pattern AGAIN = Pattern.compile("^(?:(?:すみません|すいません)[、,\\s]*)?(?:"
			+ "(?:(?:もう一回|もう一度|もういっかい|もういちど|もっかい)(?:言って|いって|お願い|おねがい|教えて|おしえて|見せて|みせて)?"
			+ "|(?:繰り返して|くりかえして))"
			+ "(?:ください|下さい|くれる|くれますか|もらえる|もらえますか|いただけますか|します)?"
			+ "|(?:say (?:that|it) again|repeat(?: that| it)?)(?: please)?)[？?。.!！…\\s]*$", Pattern.CASE_INSENSITIVE);

	/** Whether the message asks for the last answer again (see {@link #AGAIN}). */
	static boolean asksAgain(String question) {
		return whole(AGAIN, question);
	}

	/** Whether the whole message, folded and stripped, is what the pattern describes. */
	private static boolean whole(Pattern pattern, String question) {
		return pattern.matcher(SafeText.fold(question).strip()).matches();
	}

	/** A reason given before a request (「お電話いたしますので、」「確認したいので、」). */
	private static final Pattern REASON = Pattern.compile("^.*?(?:ので|ですから|ますから|ため)[、,]\\s*");

	/** The request after a reason given before it (「担当課にお電話いたしますので、番号をお願いできますか」), or the text. */
	static String withoutReason(String text) {
		return REASON.matcher(text).replaceFirst("");
	}

	/** The last answer said back in the asker's words, to be confirmed (「市の人と会って話せるってこと？」). */
	private static final Pattern RESTATES = Pattern.compile("(?:って|という|っていう)(?:こと|事)"
			+ "(?:ですか|でしょうか|ですよね|ですね|だよね|だね|なの|か)?[？?！!。…\\s]*$");

	static boolean restates(String question) {
		return RESTATES.matcher(question.strip()).find();
	}

	/** Whether the message may lean on the last answer at all. */
	static boolean mayFollow(String question, ConversationState state) {
		return isShort(question) && state.remembersAnswer();
	}

	/**
	 * A polite request closing a question (をお教えいただけますでしょうか, を教えてください): it names nothing, so it does not
	 * count towards a message's length.
	 */
	private static final Pattern REQUEST_ENDING = Pattern.compile("(?:を|も)?(?:お|ご)?(?:教え|おしえ|知らせ|しらせ)(?:て)?"
			+ "(?:いただけ|いただき|頂け|頂き|ください|下さい|もらえ|もらい|くれ|ほしい|欲しい)?"
			+ "(?:ませんでしょうか|ますでしょうか|ませんか|ますか|でしょうか|ないか|ます|です)?[。？?！!]*$");

	/**
	 * At most {@link #SHORT} characters, a polite request at its end aside (「そのご担当の課の電話番号をお教えいただけます
	 * でしょうか。」 asks as little as 「その課の電話番号は？」), or for English (whose words are longer to type)
	 * {@link #SHORT_ENGLISH} words.
	 */
	static boolean isShort(String question) {
		return English.is(question) ? question.strip().split("\\s+").length <= SHORT_ENGLISH
				: REQUEST_ENDING.matcher(question.strip()).replaceFirst("").length() <= SHORT;
	}

	/** The last department's card for 「その課の電話は？」「電話番号は？」. */
	static Optional<Reply> contact(Context context) {
		return CONTACT.matcher(context.question()).find() ? card(context) : Optional.empty();
	}

	/** The last department's card, whatever the message says; empty when no department was named. */
	static Optional<Reply> card(Context context) {
		return lastDepartment(context).map(department -> ContactLookup.card(context, department));
	}

	/**
	 * The last department's card for a request for a phone number that names more than the request and that the
	 * engine, reading it alone, took away from the last answer ({@link #strays}): only when it took it for the
	 * switchboard (「所管課の直通番号を教えてください」); 「防災の担当の電話番号は？」 names its own topic. A message that is
	 * nothing but the request ({@link #onlyAsksContact}) gets the card before the engine reads it ({@link #card}).
	 */
	static Optional<Reply> strayContact(Context context) {
		String top = context.candidates().get(0).faqId();
		boolean switchboard = context.visibleFaq(top)
			.filter(faq -> context.properties().switchboardDepartment().equals(faq.departmentId()))
			.isPresent();
		return switchboard ? contact(context) : Optional.empty();
	}

	/**
	 * Whether the message is nothing but a request for a phone number, contact, floor or place, of the office just
	 * named at most (「何階？」「電話番号を教えてください」「その課はどこにありますか？」「担当部署の場所は？」): it names no
	 * topic, so whatever the engine reads into it on its own (何階 sounds like 何回, the grant's rates; 担当部署 is in
	 * another department's entry) the asker means the last department.
	 */
	static boolean onlyAsksContact(String question) {
		String office = ITS_OFFICE.matcher(question).replaceAll("");
		String request = PLACE.matcher(CONTACT.matcher(office).replaceAll("")).replaceAll("");
		return request.length() < office.length() && BARE.matcher(request).replaceAll("").isEmpty();
	}

	/**
	 * 「何課に参ればよろしいですか」「どこの課に行けばいい？」「担当課はどこ？」: which office, and nothing else. The answer
	 * is an office, the last one named: read alone the insurance's question for an office was the social welfare
	 * council's volunteer insurance (a sibling entry), or a who-to-consult reply that could not tell the department.
	 */
	private static final Pattern WHICH_OFFICE = Pattern.compile("^(?:じゃあ|じゃ|では|で、|それで|あと、?)?"
			// 「その担当課は」: its office (after the area councils' entry it was the go-between).
			+ "(?:その|この|そこの|そちらの|市の|市役所の)?"
			+ "(?:何課|なに課|どの課|どこの課|どちらの課|何の課|どの部署|どこの部署|どちらの部署|どの窓口|どこの窓口|どちらの窓口|担当課|担当部署|担当の課)"
			+ "(?:は|が|に|へ|で|を)?(?:どこ|どちら)?(?:ご|お)?"
			+ "(?:相談|連絡|問い合わせ|問合せ|行|い|参|まい|伺|うかが|聞|き|な|です|担当|たんとう)?[\\p{IsHiragana}ー]*"
			// 「どの課が担当なのかも知りたい」「どこの課に相談すればいいか聞いてます」: what the writer wants to know, said after.
			+ "(?:(?<=か|かも|かを)(?:知り|しり|聞い|きい|伺っ|教え|おしえ)[\\p{IsHiragana}ー]*)?[？?。！!\\s]*$");

	/** A pointing word in front (「それは」「そちらって」), which points at what was just offered or said. */
	private static final Pattern POINTER = Pattern.compile("^(?:それ|これ|そちら|こちら|そこ|あれ)(?:は|って|だと|なら)?[、,\\s]*");

	/** The message without a pointing word in front ({@link #POINTER}). */
	static String withoutPointer(String question) {
		return POINTER.matcher(question.strip()).replaceFirst("");
	}

	/** Whether the message asks which office and nothing else ({@link #WHICH_OFFICE}). */
	static boolean onlyAsksWhichOffice(String question) {
		return whole(WHICH_OFFICE, question);
	}

	/**
	 * Whether the message asks only where to take the matter just discussed (「どこに出せばいい？」). Asked of the engine
	 * with the last topic in front first; when that reading is not sure, the last department's card answers it (read
	 * alone, 「どこに出せばいい？」 after the endorsement entry was the grant's which-course entry, 「提出先は？」 after the
	 * park-care groups the grant's two submissions).
	 */
	static boolean onlyAsksWhereTo(String question) {
		return WHERE_TO.matcher(question.strip()).matches();
	}

	/**
	 * Whether the message asks nothing but an aspect ({@link #FACET}) of what is being discussed (「料金は？」「何時まで
	 * 開いてる？」「個人でも申請できる？」): it has no topic of its own, so the last topic is what it is about, however
	 * surely the engine or the intents read it alone (料金 alone is the support centre's printing, 何時まで the city
	 * hall's hours).
	 */
	static boolean onlyAsksFacet(String question) {
		// 「次回の開催時期と申込方法をお教えください。」: the polite request around the aspects names nothing.
		String asked = REQUEST_ENDING.matcher(question.strip()).replaceFirst("");
		String rest = FACET.matcher(asked).replaceAll("");
		return rest.length() < asked.length() && ENGLISH_FILLER.matcher(POLITE.matcher(rest).replaceAll(""))
			.replaceAll("").replaceAll("[\\p{IsHiragana}ー\\p{P}\\s]", "").isEmpty();
	}

	/** One of the things just said, picked by name (「市のやつ」「ステップアップのほう」). */
	private static final Pattern PICKS = Pattern.compile("^(?<name>[^、。？?！!\\s]{1,12}?)"
			+ "(?:の?(?:ほう|やつ)|" + Message.NOT_STAFF + "の方)(?:で|です|を|は|が)?"
			+ "(?:お願いします|おねがい|知りたい|教えて)?[？?。！!…\\s]*$");

	/**
	 * Whether the message picks one of the things the last answer spoke of, by name (「市のやつ」 after the social welfare
	 * council's insurance, which points to the city's own): it asks about that thing within the last topic, whatever the
	 * intents read into it alone (「市のやつ」 was the menu of what the city can do).
	 */
	static boolean picksOne(String question) {
		return whole(PICKS, question);
	}

	/**
	 * The entry a message picks by name among those the last answer points to ({@link #picksOne}): the one related
	 * entry whose question names it, when the last entry's own question does not (「市のやつ」 after the council's
	 * insurance, whose answer points to the city's own, is 「市民活動中のけがに備える、市の保険はありますか？」). Empty when
	 * none or several do.
	 */
	static Optional<String> picked(Context context) {
		Matcher picks = PICKS.matcher(SafeText.fold(context.question()).strip());
		Optional<FaqEntry> last = context.visibleFaq(context.state().lastFaqId());
		if (!picks.matches() || last.isEmpty()) {
			return Optional.empty();
		}
		String name = SafeText.katakana(picks.group("name"));
		if (SafeText.katakana(last.get().question()).contains(name)) {
			return Optional.empty();
		}
		List<String> naming = last.get().related().stream()
			.filter(id -> context.visibleFaq(id).filter(faq -> SafeText.katakana(faq.question()).contains(name)).isPresent())
			.toList();
		return naming.size() == 1 ? Optional.of(naming.get(0)) : Optional.empty();
	}

	/** Two things an entry's question compares (「協働と委託はどう違うのですか？」): the first one is group 1. */
	private static final Pattern COMPARISON = Pattern.compile("([^\\s、。？?をはがにでの]{1,12})と([^\\s、。？?をはがにで]{1,12})"
			+ "(?:は|の)(?:どう|どのように|何が)?(?:違|ちが)");

	/**
	 * One thing named alone, to be compared in its turn (「補助は？」「じゃあ後援は」「実行委員会だと？」), or compared outright
	 * (「補助と何が違う？」「補助との違いは？」).
	 */
	private static final Pattern ONE_THING = Pattern.compile("^(?:じゃあ|じゃ|では|なら|それなら|あと|で)?[、,\\s]*"
			+ "([^\\s、,。．.!！?？をはがもとのでにへ]{1,10})(?:は|って|とは|だと|の場合は?|の方は|のほうは"
			+ "|と(?:は)?(?:何が|なにが|どう|どこが)?(?:違う|ちがう|違います|ちがいます)(?:の|んですか|のですか|んだ)?"
			+ "|との(?:違い|ちがい)(?:は)?)"
			// 「補助の場合はどうなりますか？」
			+ "(?:どう(?:なる|なります|なるの|なん|です|でしょう)(?:か|ですか)?)?[？?。…\\s]*$");

	/**
	 * 「補助は？」 after 「協働と委託はどう違うのですか？」: the one thing named is compared with the first of the two the last
	 * entry compared, as 「協働と補助の違いは？」. Read alone it was the fund's start support; an aspect (料金, 申請) is no
	 * such thing. Empty when the last entry compares nothing or the message names more than one thing.
	 */
	static Optional<String> comparedInTurn(Context context) {
		Matcher thing = ONE_THING.matcher(SafeText.fold(context.question()).strip());
		if (!thing.matches() || FACET.matcher(thing.group(1)).find()) {
			return Optional.empty();
		}
		return context.visibleFaq(context.state().lastFaqId())
			.map(faq -> COMPARISON.matcher(faq.question()))
			.filter(Matcher::find)
			.filter(compared -> !compared.group(1).equals(thing.group(1)) && !compared.group(2).startsWith(thing.group(1)))
			.map(compared -> compared.group(1) + "と" + thing.group(1) + "の違いは何ですか？");
	}

	/**
	 * Whether an entry's subject names something ({@code subject}, its words; 印刷 of the centre's printing) that neither
	 * an aspect-alone follow-up ({@code question}) nor the last entry (its question and answer) names: the entry was
	 * reached on the topic and the aspect, not on what the conversation is about. Aspect words (締切, 予約) name
	 * nothing here. The public comment's answer names the centre's materials (資料), so 「どこで見られる？」 after it may
	 * be the materials' entry. A word is named letter for letter or as the engine reads words ({@code read}, asked once
	 * and only when needed): 「NPO法人」 names the word npo of the NPO entries' subjects.
	 */
	static boolean elsewhere(Optional<String> subject, String question, Optional<FaqEntry> last,
			Function<String, Set<String>> read) {
		// The last entry's category names what the conversation is about too: 「じゃあ締め切りいつ」 after the step-up
		// support's founding-year rule (whose texts never say げんき基金) is the fund's deadline, not that rule again.
		String said = question + " " + last.map(faq -> faq.question() + " " + faq.answer() + " "
				+ Objects.requireNonNullElse(faq.category(), "")).orElse("");
		List<String> unsaid = subject.stream()
			.flatMap(words -> Arrays.stream(words.split(" ")))
			.filter(word -> !word.isBlank() && !FACET.matcher(word).find() && !said.contains(word))
			.toList();
		if (unsaid.isEmpty()) {
			return false;
		}
		Set<String> words = read.apply(said);
		return unsaid.stream().anyMatch(word -> !words.contains(word));
	}

	private static final Pattern SCOPE = Pattern.compile("(?:だと|では|でも|も|じゃ)[、\\s]*(?:ダメ|だめ|駄目|無理|むり|対象外?|たいしょう"
			+ "|ok|オッケー|おっけー|いける|行ける|いい|よい|大丈夫|だいじょうぶ|使える|つかえる|出る|でる|含まれる|入る|はいる)"
			+ "(?:です|でしょう|なの|なん|なんですか|ですか|でしょうか|かな|ですかね|ですよね)?[かのねよ]?[？?。！!…\\s]*$"
			// 「ソフトボール大会でけがした場合は？」「雨の時はどうなる？」: the case alone, asked with は.
			+ "|(?<!何)(?:場合|ばあい|とき|時|ケース)(?:は|って)[、\\s]*(?:どう(?:なる|なります|ですか|でしょう|でしょうか|なの|なん)?)?"
			+ "[かのねよ]?[？?。…\\s]*$");

	/**
	 * Whether the message asks if the last matter holds in one case (「スポーツだとダメなん？」「オンラインでも大丈夫？」
	 * 「自治会の行事も対象？」「試合でけがした場合は？」): a case, then だと／でも／も／は and whether it is allowed, or the
	 * case alone.
	 */
	static boolean asksScope(String question) {
		return SCOPE.matcher(SafeText.fold(question).strip()).find();
	}

	/** Whether an entry's question compares two things (「共催と後援の違いは何ですか？」). */
	static boolean compares(FaqEntry faq) {
		return COMPARISON.matcher(faq.question()).find();
	}

	/**
	 * The message with the last answered entry's topic in front, for the engine; empty when nothing to lean on.
	 *
	 * @param subject the last entry's subject words ({@link jp.chigasaki.kyodo.matching.QuestionClassifier#subject})
	 */
	static Optional<String> withTopic(Context context, Optional<String> subject) {
		return withTopic(context, context.state().lastFaqId(), subject);
	}

	/** The message with the topic of entry {@code last} in front (its subject words, {@code subject}). */
	static Optional<String> withTopic(Context context, String last, Optional<String> subject) {
		// A category the entry's title names (げんき基金, サポセン) is its topic, and does not pull towards the entry itself
		// (「プレゼンは何分？」 after the fund's screening is the presentation entry, not the screening again). A category
		// the title does not name is a label for filing (施設の利用, 協働の形), and the entry's subject words (公民館, 後援)
		// name its topic better.
		Optional<String> named = subject.map(words -> Arrays.stream(words.split(" "))
				.filter(word -> !FACET.matcher(word).matches())
				.collect(Collectors.joining(" ")))
			.filter(words -> !words.isEmpty());
		Optional<String> topic = context.visibleFaq(last)
			.map(faq -> oneComparedNamed(faq, context.question())
				.orElseGet(() -> faq.category() == null ? named.orElse(faq.question())
						: faq.question().contains(faq.category()) ? faq.category() : named.orElse(faq.category())))
			.or(() -> last == null ? Optional.empty() : context.knowledge().menuItem(last).map(MenuItem::name));
		return topic.map(t -> t + " " + withEnglishAspects(REFERS.matcher(context.question()).replaceAll(" ").strip()));
	}

	/**
	 * The one of two things an entry compares (「共催と後援の違いは何ですか？」) that a follow-up names, the other one unnamed:
	 * 「後援をお願いする場合、書類は？」 asks of 後援 alone, and with both things in front it was the comparison again.
	 */
	private static Optional<String> oneComparedNamed(FaqEntry faq, String question) {
		Matcher compared = COMPARISON.matcher(faq.question());
		if (!compared.find()) {
			return Optional.empty();
		}
		boolean first = question.contains(compared.group(1));
		boolean second = question.contains(compared.group(2));
		return first == second ? Optional.empty() : Optional.of(first ? compared.group(1) : compared.group(2));
	}

	/** An English question with its aspects in function words also said in Japanese ({@link #ENGLISH_ASPECTS}). */
	private static String withEnglishAspects(String question) {
		if (!English.is(question)) {
			return question;
		}
		StringBuilder said = new StringBuilder(question);
		for (Map.Entry<Pattern, String> aspect : ENGLISH_ASPECTS) {
			if (aspect.getKey().matcher(question).find()) {
				said.append(' ').append(aspect.getValue());
			}
		}
		return said.toString();
	}

	/**
	 * Whether the engine's sure reading of the message on its own lies away from the last answer (or, after a department's
	 * card, belongs to another department): 「委員は公募ですか？」
	 * after the committee's entry read as the grant's screening, 「でんわ ばんごう を おしえて ください」 after the
	 * insurance read as the switchboard. Such a message is asked again with the last topic ({@link #withTopic}), and
	 * answered so only when that reading is sure and near the last answer ({@link #near}); a new topic stays new.
	 */
	static boolean strays(Context own) {
		if (own.candidates().isEmpty()) {
			return false;
		}
		String top = own.candidates().get(0).faqId();
		String last = own.state().lastFaqId();
		if (last != null) {
			return !near(own, last, top);
		}
		// After a department's card: an entry of another department.
		String department = own.state().lastDepartmentId();
		return department != null && !own.visibleFaq(top).map(FaqEntry::departmentId).filter(department::equals)
			.isPresent();
	}

	/**
	 * Whether two ids answer one question: the same entry, or a menu card and the FAQ entry it is the same as
	 * (`same-as`: the menu's 後援 and the entry on 後援).
	 */
	static boolean sameTopic(Context context, String one, String other) {
		return one.equals(other)
				|| context.knowledge().menuItem(one).filter(item -> other.equals(item.sameAs())).isPresent()
				|| context.knowledge().menuItem(other).filter(item -> one.equals(item.sameAs())).isPresent();
	}

	/**
	 * Whether {@code id} is the last answer's entry or one close to it: the same entry, related either way, or of the
	 * same category (for 相談窓口 entries, which each name another department, of the same department).
	 */
	static boolean near(Context context, String last, String id) {
		if (last.equals(id)) {
			return true;
		}
		Optional<FaqEntry> before = context.visibleFaq(last);
		Optional<FaqEntry> now = context.visibleFaq(id);
		if (before.isEmpty() || now.isEmpty()) {
			return before.map(faq -> faq.related().contains(id)).orElse(false)
					|| now.map(faq -> faq.related().contains(last)).orElse(false);
		}
		FaqEntry a = before.get();
		FaqEntry b = now.get();
		if (a.related().contains(id) || b.related().contains(last)) {
			return true;
		}
		if (a.category() == null || !a.category().equals(b.category())) {
			return false;
		}
		return !ConsultReplies.CONTACTS.equals(a.category()) || Objects.equals(a.departmentId(), b.departmentId());
	}

	/** Whether the message names what it points at before pointing (「分野別発表会というのもありましたね。あれはいつ？」). */
	static boolean namesWhatItPoints(String message) {
		return NAMED_THEN_POINTED.matcher(message).find();
	}

	static boolean refers(String question) {
		return REFERS.matcher(question).find() && !namesWhatItPoints(question);
	}

	/**
	 * 「それ、自治会でも使えるんですか？」 at the start of a conversation: a short message that points at something said
	 * before, when nothing was (no last answer to lean on). What it points at is unknown, so no entry is sure.
	 */
	static boolean pointsAtNothing(String question, ConversationState state) {
		return question.length() <= SHORT && !state.remembersAnswer()
				&& POINTING.matcher(question).find() && !namesWhatItPoints(question);
	}

	static Optional<Department> lastDepartment(Context context) {
		return context.department(context.state().lastDepartmentId());
	}
}
