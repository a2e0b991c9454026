package jp.chigasaki.kyodo.matching.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any chat text safe to analyse: control and format characters and lone surrogates become spaces, mentions
 * are dropped, and an over-long text keeps its beginning and its end (in a rambling message the actual question is usually last).
 */
final class QuestionText {

	/** A group-chat mention (@コンシェルジュ, ＠bot) names the bot, not the topic. */
	private static final Pattern MENTION = Pattern.compile("[@＠]\\S+");

	/** A sentence end inside a text: 。！？ (also half-width), or a full stop before a space. */
	private static final Pattern SENTENCE_END = Pattern.compile("[。．！？!?]|\\.(?=\\s)");
	/** What may close a text: sentence end marks, ellipses, laughter (ｗ, 笑) and spaces. */
	private static final Pattern CLOSING = Pattern.compile("[\\s。．！？!?.…ｗ笑]+$");

	/**
	 * An English question that asks only what something is (「What is kyodo?」「What's the genki kikin?」): its one
	 * content phrase of up to three words, without article or quotes, and without a preposition or question word
	 * (「What is the phone number of the center?」 asks for a number, not a definition). English function words name
	 * no topic, so without this the question reads as the bare term (協働), which is the menu's word, not the
	 * definition's.
	 */
	private static final Pattern WHAT_IS = Pattern.compile(
			"^(?:(?:hi|hello|hey)[\\s,!.]+)?what(?:\\s+exactly)?(?:'s|’s|\\s+is|\\s+are)\\s+(?:the\\s+|an?\\s+)?[\"'“”‘’]?"
					// "What is "kyodo" exactly?": exactly, actually, anyway ask nothing more.
					+ "([\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,2}?)[\"'“”‘’]?(?:\\s+(?:exactly|actually|anyway))?\\s*[?？]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * An English question that asks only where something is ("Where is the support center?"): "where" is a function word
	 * the engine drops, and what was left (the centre) was a clarify of its access, hours and services. Asked as
	 * 「Xの住所」: not as 「…はどこですか」, which asks where to turn (the who-to-consult reply).
	 */
	private static final Pattern WHERE_IS = Pattern.compile(
			"^(?:(?:hi|hello|hey|ok|okay)[\\s,!.]+)?where(?:\\s+exactly)?(?:'s|’s|\\s+is|\\s+are)(?:\\s+exactly)?\\s+(?:the\\s+|an?\\s+)?[\"'“”‘’]?"
					+ "([\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,3})[\"'“”‘’]?\\s*[?？]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final String WHERE_ASKED = "の住所";

	private static final Set<String> NOT_A_NAME = Set.of("of", "for", "to", "in", "on", "at", "with", "from", "about",
			"by", "when", "where", "how", "why", "who", "which", "what", "do", "does", "can", "i", "we", "you", "my", "our",
			"your", "it", "this", "that", "there", "best", "difference", "deadline", "fee", "fees", "cost", "price",
			"address", "number", "phone", "time", "date", "schedule");

	/**
	 * A Japanese message that only asks what something is (「サポセンって何？」「きょうどうってなに」「8つの論点って何のこと？」
	 * 「さぽせんってなにするとこ？」「後援ってどういうこと」): a term of up to 20 letters, って or とは, and 何 (or 何するところ,
	 * どういう意味, どういうこと) with nothing after it but an ending. Asked as 「Xとは」, the way the
	 * definitions are asked: the interrogative 何 names no topic, but it is a word of every entry that asks 何時, 何回 or
	 * 何分 (「サポセンって何時まで開いてる？」 answered 「サポセンって何？」), and in sound ナン is the start of なんじ. Only a
	 * whole message: in a longer one (「さぽせんってなに？だれでもいっていいの？」) the phrasings that say 「ってなに」 are
	 * what tells the definition from the other sentence's topic.
	 */
	private static final Pattern JA_WHAT_IS = Pattern.compile("^(?:(?:ねえ|ねぇ|ねー|あの|あのー|あのう|えっと|えーと|ええと|ええっと|ところで)[、,\\s]*)?"
			+ "([^。．！？!?\\s、，,]{1,20}?)"
			// 「協働っていう言葉はどういう意味ですか」「協働という言葉をね、回覧板で見たんだけど」: the word X is the name X.
			+ "\\s*(?:(?:という|っていう|って言う|ていう)(?:言葉|ことば|単語|用語)(?:を|は|って|が)?(?:ね|さ)?[、,\\s]*"
			// 「サポセンっていうのはなんですか」「協働っつうのはなんだべ」: X that is spoken of, X (なん read as なんじ, the hours).
			+ "|(?:という|っていう|って言う|っつう|って)の(?:は|って)[、,\\s]*|って|とは|ってさ)\\s*"
			// 「協働ってよく聞くけど結局なに？」: heard of, and a filler before 何, ask what it is all the same; 「回覧板で見たんだけど」
			// says where.
			+ "(?:(?:[^。．！？!?\\s、，,]{1,8}?(?:で|に))?(?:よく|最近|さいきん)?(?:聞く|きく|聞きます|耳にする|言う|いう|言われる|見る|みる|見た|みた"
			+ "|聞いた|きいた|見かけた|目にした|載っていた|載ってた)(?:けど|けれど|けれども|んだけど|のですが|んですが|のですけど|が)[、,\\s]*)?"
			+ "(?:結局|けっきょく|そもそも|いったい|一体|要するに|ようするに|つまり)?[、,\\s]*(?:(?:何|なに|なん|ナニ|ナン)(?:のこと)?"
			+ "|(?:何|なに|なん)を?(?:する|してい?る)(?:ところ|とこ)|どういう(?:意味|いみ|こと)"
			// 「協働ってよく聞くけど、結局なにをすることなの？」「サポセンってなにするの？」: what one does in it is what it is.
			+ "|(?:何|なに|なん)を?(?:する|やる)(?:こと|の)"
			// 「市民活動ステップアップ支援とはどんな補助ですか？」: what kind of thing, a definition too.
			+ "|どんな[\\p{IsHan}\\p{IsKatakana}ー]{1,6})(?:ですか|でしたか|でしょうか|ですかね|なの|なんだ|だっけ|なんですか|なのですか"
			+ "|なのかしら|かしら|なのでしょうか|なんでしょうか)?"
			+ "[。．！？!?\\s…ｗw笑]*$");

	/**
	 * The same asked in romaji (「kyodo tte nan desu ka」「genki kikin tte nani」「sapocen towa」): up to three words, tte,
	 * to wa or wa, and nan / nani with an ending, or to wa alone. Read word by word, nan matched 何人 (the grant's
	 * members entry answered 「genki kikin tte nan desu ka」) and 「kyodo tte nani」 the menu. Only a phrase the glossary
	 * names is framed: a romaji word in kana loses its long vowels (kyosai → きょさい), so others stay as typed.
	 */
	private static final Pattern ROMAJI_WHAT_IS = Pattern.compile(
			"^([a-z-]+(?:\\s+[a-z-]+){0,2}?)\\s*(?:(?:tte|to\\s*wa|wa)\\s+(?:nan|nani)(?:\\s*no\\s*koto)?"
					+ "(?:\\s*(?:desu\\s*ka|deshou\\s*ka|desho|nano|na\\s*no|dakke|da\\s*kke|desu\\s*kke))?|to\\s*wa)"
					+ "[\\s?？!！.。w]*$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A message of one name alone (「さぽせん？」「げんき基金」「協働って？」): up to 20 letters with no space or sentence
	 * mark inside and not ending in a particle, at most って or とは after it, and an ending. Not は: 「サポセンは？」 may
	 * ask about the centre in the matter just discussed. Whether the letters are one name is for the words to say
	 * (「サポセンの場所」 is two).
	 */
	private static final Pattern BARE_NAME = Pattern.compile(
			"^([^。．！？!?\\s、，,]{1,20}?)(?<![はがをにでのもへや])\\s*(?:って|ってさ|とは)?[。．！？!?\\s…ｗw笑]*$");

	/**
	 * 「協働は何ですか」「サポセンはなんですか？」: a name, は and what it is, the way a textbook teaches the question (and the
	 * way many residents learning Japanese ask it). Only for a name the knowledge defines ({@code definitionAsked}): with
	 * は, 「必要な書類は何ですか」 asks which documents, not what documents are. Read word by word, 「協働は何ですか」 was a
	 * clarify led by the merits of 協働, 「サポセンはなんですか」 the centre's hours (なん, as in なんじ).
	 */
	private static final Pattern NAME_IS_WHAT = Pattern.compile("^(?:(?:ねえ|ねぇ|あの|あのー|あのう|えっと|えーと|すみません)[、,\\s]*)?"
			+ "([^。．！？!?\\s、，,]{1,20}?)(?<![とでにをがのへも])\\s*は\\s*(?:(?:何|なに|なん|ナニ|ナン)(?:のこと)?|どういう(?:もの|意味|いみ|こと)"
			+ "|どんな(?:もの|こと|ところ|とこ))(?:ですか|でしょうか|ですかね|なの|なんですか|なのですか|だっけ|でしたっけ)?"
			+ "[。．！？!?\\s…ｗw笑]*$");

	/** The name of a cleaned message that only asks, with は, what a name is (see {@link #NAME_IS_WHAT}), or null. */
	static String nameIsWhat(String cleaned) {
		Matcher asked = NAME_IS_WHAT.matcher(cleaned);
		return asked.matches() ? asked.group(1) : null;
	}

	/** A name and は alone (「ステップアップは？」): the last question asked of that name. */
	private static final Pattern NAME_THEN_WHAT = Pattern.compile(
			"^([^。．！？!?\\s、，,]{1,20}?)(?:は|の方は|のほうは)[。．！？!?\\s…]*$");

	/** The name of a cleaned message that is a name and は alone (see {@link #NAME_THEN_WHAT}), or null. */
	static String nameThenWhat(String cleaned) {
		Matcher then = NAME_THEN_WHAT.matcher(cleaned);
		return then.matches() ? then.group(1) : null;
	}

	/**
	 * A Japanese message that only asks to be told about something (「協働について知りたいです」「サポセンのことを教えて
	 * ください」): a term of up to 20 letters, について, に関して or のこと (の事 as older writers spell it), and a request to be told or to know with nothing
	 * after it but a polite ending. What a name is, is what such a message asks first: read word by word, 「協働について
	 * 知りたい」 answered the entry that says 「…の事業について、詳しく知りたい」.
	 */
	private static final Pattern JA_ABOUT = Pattern.compile("^([^。．！？!?\\s、，,]{1,20}?)\\s*(?:について|に関して|に関する|のこと|の事)"
			+ "(?:を|が)?\\s*(?:少し|もう少し|詳しく|くわしく|ちょっと)?\\s*(?:教えて|おしえて|知りたい|しりたい|聞きたい|ききたい|伺いたい|うかがいたい)"
			+ "(?:ください|下さい|くださいますか|くれる|くれますか|ほしい|欲しい|もらえますか|もらえませんか|いただけますか|いただけませんか"
			+ "|いただけますでしょうか|いただきたい|です|んです|のです|んだけど|んですけど|のですが|な)?(?:です)?(?:が|けど)?"
			+ "[。．！？!?\\s…ｗw笑]*$");

	/**
	 * The same in English (「Tell me about the Genki Kikin」「I'd like to know about the support center」「Info on
	 * kyodo」), and an English name alone of up to three words (「Genki Kikin?」): the phrase after about, on or regarding,
	 * without an article.
	 */
	private static final Pattern EN_ABOUT = Pattern.compile(
			"^(?:(?:hi|hello|hey)[\\s,!.]+)?(?:please\\s+)?(?:(?:can|could|would)\\s+you\\s+(?:please\\s+)?)?"
					+ "(?:tell\\s+me|i'?d\\s+like\\s+to\\s+know|i\\s+would\\s+like\\s+to\\s+know|i\\s+want\\s+to\\s+know"
					+ "|explain|(?:more\\s+|some\\s+)?info(?:rmation)?)\\s+(?:(?:a\\s+(?:bit|little)\\s+)?more\\s+)?"
					+ "(?:about|on|regarding)\\s+(?:the\\s+)?[\"'“”‘’]?([\\p{IsLatin}-]+(?:\\s+(?!please\\b)[\\p{IsLatin}-]+){0,2})[\"'“”‘’]?"
					+ "(?:\\s*,?\\s*please)?[\\s?？!.]*$"
					+ "|^(?:the\\s+)?([\\p{IsLatin}-]+(?:\\s+[\\p{IsLatin}-]+){1,2})[\\s?？!.]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** How {@link #framed} asks what a name is: 「Xとは」, or in full 「Xとは何ですか」 for English and romaji. */
	private static final String ASKED = "とは";
	private static final String ASKED_IN_FULL = ASKED + "何ですか";

	private QuestionText() {
	}

	/** 「Xとは」: what name X is, asked as the knowledge's definitions are. */
	static String asked(String name) {
		return name + ASKED;
	}

	/** The name a question {@link #framed} as a definition question asks about (「Xとは」「Xとは何ですか」 → X), or null. */
	static String nameAsked(String framed) {
		String name = framed.endsWith(ASKED_IN_FULL) ? framed.substring(0, framed.length() - ASKED_IN_FULL.length())
				: framed.endsWith(ASKED) ? framed.substring(0, framed.length() - ASKED.length()) : null;
		return name == null || name.isBlank() ? null : name;
	}

	/**
	 * The name a definition question asks about (「サポセンって何？」 and 「協働とは何ですか」 → サポセン, 協働), or null for
	 * any other text. Read from the knowledge's titles and phrasings: the names it defines.
	 */
	static String definedName(String text) {
		Matcher ja = JA_WHAT_IS.matcher(text.strip());
		return ja.matches() ? ja.group(1) : null;
	}

	/**
	 * 「協働と共同は違うの？」「協働って共同と同じ？」: a name told apart from a word that may read as the same (a homophone, a
	 * spelling), groups 1 and 2. Whether the two are one word is for the words to say; when they are, what is asked is
	 * what the name means.
	 */
	private static final Pattern PAIR_TOLD_APART = Pattern.compile("^[「『]?([^。．！？!?\\s、，,「」『』と]{1,12}?)[」』]?"
			+ "\\s*(?:と|って|は)\\s*[「『]?([^。．！？!?\\s、，,「」『』と]{1,12}?)[」』]?\\s*(?:と|とは|って|は|の)?\\s*"
			+ "(?:違う|ちがう|違い|ちがい|同じ|おなじ|一緒|いっしょ|別物|べつもの)"
			// Whatever ending or request follows: 「違うんですか」「同じもの？」「違いを教えて」「違いは何ですか」.
			+ "(?:[はを]?(?:何|なに|なん|教え|おしえ)|な?(?:意味|いみ|もの))?\\p{IsHiragana}{0,10}[。．！？!?\\s…]*$");

	/** The two names of a cleaned message that only tells a name from another word (see {@link #PAIR_TOLD_APART}). */
	static List<String> pairToldApart(String cleaned) {
		Matcher pair = PAIR_TOLD_APART.matcher(cleaned.strip());
		return pair.matches() ? List.of(pair.group(1), pair.group(2)) : List.of();
	}

	/** The name of a cleaned message that is one name alone (see {@link #BARE_NAME}), or null. */
	static String bareName(String cleaned) {
		Matcher bare = BARE_NAME.matcher(cleaned);
		return bare.matches() ? bare.group(1) : null;
	}

	/**
	 * The name a message asks to be told about (「協働について知りたいです」「Tell me about the Genki Kikin」 → 協働,
	 * Genki Kikin; see {@link #JA_ABOUT}, {@link #EN_ABOUT}), or null for any other text.
	 */
	static String aboutName(String cleaned) {
		Matcher ja = JA_ABOUT.matcher(cleaned);
		if (ja.matches()) {
			return ja.group(1);
		}
		Matcher en = EN_ABOUT.matcher(cleaned);
		return !en.matches() ? null : en.group(1) != null ? en.group(1) : en.group(2);
	}

	/**
	 * The question as a Japanese reader would ask it where it only asks what something is (「What is kyodo?」 and
	 * 「kyodo tte nan desu ka」 → 「協働とは何ですか」, the phrase spelled by {@code term}: the glossary's Japanese term where it
	 * has one), a Japanese message that only asks what something is as 「Xとは」 (「サポセンって何？」 → 「サポセンとは」); any
	 * other text as it is.
	 */
	static String framed(String cleaned, UnaryOperator<String> term) {
		Matcher whereIs = WHERE_IS.matcher(cleaned);
		if (whereIs.matches() && isName(whereIs.group(1))) {
			return term.apply(whereIs.group(1)) + WHERE_ASKED;
		}
		Matcher whatIs = WHAT_IS.matcher(cleaned);
		if (!whatIs.matches()) {
			Matcher romaji = ROMAJI_WHAT_IS.matcher(cleaned);
			String named = romaji.matches() ? term.apply(romaji.group(1)) : null;
			if (named != null && !named.equals(romaji.group(1))) {
				return named + ASKED_IN_FULL;
			}
			String defined = definedName(cleaned);
			return defined != null ? asked(defined) : cleaned;
		}
		return isName(whatIs.group(1)) ? term.apply(whatIs.group(1)) + ASKED_IN_FULL : cleaned;
	}

	/** Whether an English phrase after "what is" or "where is" is a name: no word of it is {@link #NOT_A_NAME}. */
	private static boolean isName(String phrase) {
		return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("\\s+")).noneMatch(NOT_A_NAME::contains);
	}

	/**
	 * Whether a cleaned text is one sentence: no sentence ends inside it (「げんき基金の上限は？」 is one, 「サポセンで練習
	 * していい？ 審査に出るので」 two).
	 */
	static boolean oneSentence(String cleaned) {
		String body = CLOSING.matcher(cleaned).replaceFirst("");
		return !body.isEmpty() && !SENTENCE_END.matcher(body).find();
	}

	/**
	 * An hour typed in kana (「17じすぎてもあいてる？」「9じから」): じ after a number, before what follows a time, is 時.
	 * Left as typed it was no word the knowledge knows (the message read as who may be a partner).
	 */
	private static final Pattern KANA_HOUR = Pattern.compile(
			"([0-9０-９]{1,2})じ(?=すぎ|過ぎ|まで|から|に|はん|半|ごろ|頃|以降|以後|台|[\\s、。，,?？!！]|$)");

	/**
	 * The one of two, typed in kana after a name (「げんき基金のほうを詳しく」「公民館のほう」): のほう says which, not what.
	 * Its kana read as ホウ matched the entries whose kana phrasings say ほうほう (方法) or ほうこく (報告): the fund's
	 * donation entry at 0.92. 方 in kanji stays (担当の方 is a person).
	 */
	private static final Pattern WHICH_ONE = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}ー])のほう(?=[をはがでにも、。，,?？!！\\s]|$)");

	/**
	 * A laugh closing a sentence (「協働ってなに笑」「まじか（笑）」「ｗｗ」): it says how, not what. Left in, 「協働ってなに笑」
	 * read as the menu of what is possible rather than the definition.
	 */
	private static final Pattern LAUGH = Pattern.compile(
			"(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー？?！!])\\s*(?:[(（]笑[)）]|笑+|[wｗ]{2,}|ｗ)(?=[\\s。！!？?]*(?:$|[\\s。！!？?]))");

	/**
	 * A number written in kanji before a counter (「三人」「十万円」「十二月十九日」「二回目」), as voice input and many older
	 * writers give it: written in digits, as the knowledge writes numbers (「うちのグループ三人しかいない」 was a clarify
	 * led by who may apply, 「3人しかいない」 the entry on how many members). Not 一 alone, which is as often a word
	 * (一人で, 一日だけ, 一回だけ), nor a counter that makes another word (十分 is enough).
	 */
	private static final Pattern KANJI_NUMBER = Pattern.compile(
			"(?<![一二三四五六七八九十百千])([一二三四五六七八九十百千]{2,}|[二三四五六七八九十百千])"
					+ "(?=万円|円|人|名|回|年|か月|ヶ月|カ月|月|日|歳|件|団体|事業)");

	private static final String KANJI_DIGITS = "〇一二三四五六七八九";

	/**
	 * 「なんで」 that asks why (「協働推進事業ってなんでなくなったんですか」), read as なぜ: Kuromoji cut 「ってなんでなくなった」 into
	 * ってな／ん／で／なく／なっ, and the question kept only its topic (the entry on the scheme being over, not on why). Not
	 * 「なんです」「なんでしょう」「なんでした」 (what is it) nor 「なんでも」 (anything).
	 */
	private static final Pattern WHY = Pattern.compile("(?:なんで|ナンデ)(?!す|しょ|した|も|ござ)");

	/** A kanji number of up to 9999 (三, 十二, 五十, 百二十) in digits. */
	static int kanjiNumber(String kanji) {
		int total = 0;
		int digit = 0;
		for (char c : kanji.toCharArray()) {
			int value = KANJI_DIGITS.indexOf(c);
			if (value >= 0) {
				digit = value;
				continue;
			}
			int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
			total += (digit == 0 ? 1 : digit) * unit;
			digit = 0;
		}
		return total + digit;
	}

	static String clean(String text, int maxChars) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), maxChars * 2 + 1));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				clean.append(' ');
			}
			else {
				clean.append(c);
			}
		}
		String cleaned = MENTION.matcher(clean).replaceAll(" ").strip();
		cleaned = KANA_HOUR.matcher(cleaned).replaceAll("$1時");
		cleaned = WHY.matcher(cleaned).replaceAll("なぜ");
		cleaned = KANJI_NUMBER.matcher(cleaned).replaceAll(number -> Integer.toString(kanjiNumber(number.group(1))));
		cleaned = WHICH_ONE.matcher(cleaned).replaceAll("");
		cleaned = LAUGH.matcher(cleaned).replaceAll("");
		return shorten(cleaned, maxChars);
	}

	private static String shorten(String text, int maxChars) {
		int length = text.codePointCount(0, text.length());
		if (length <= maxChars) {
			return text;
		}
		int head = maxChars / 3;
		int tail = maxChars - head;
		int headEnd = text.offsetByCodePoints(0, head);
		int tailStart = text.offsetByCodePoints(0, length - tail);
		return text.substring(0, headEnd) + " " + text.substring(tailStart);
	}
}
