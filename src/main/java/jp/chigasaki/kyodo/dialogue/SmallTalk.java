package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Greetings, thanks and feedback. They are {@link Decision#GREETING}: social turns that answer no question, so that
 * the answer rate counts only FAQ answers.
 */
final class SmallTalk {

	private static final String INTRO = "茅ヶ崎市の協働コンシェルジュです。市民活動団体のみなさんと市が一緒に取り組む「協働」について、"
			+ "ご質問にお答えします。\n" + MenuReplies.TOPICS;

	private static final String STAFF = "\n市の職員の方には、協働のルールや庁内の手続きについてもお答えします。";

	private static final String CLOSING = "\nお答えできないことは、" + MissReplies.COORDINATORS + "におつなぎします。"
			+ "ご質問を文章で送るか、下のボタンからお選びください。";

	private SmallTalk() {
	}

	static Reply greeting(Context context) {
		return greet("こんにちは。", context.audience(), context.state().next(List.of(), 0), Intent.GREETING,
				context.sureness());
	}

	static Reply welcome(Audience audience) {
		return greet("友だち追加ありがとうございます。", audience, ConversationState.NEW.next(List.of(), 0), null, 0);
	}

	/** What the bot does and how to ask, after {@code opening}; {@code next} is what the conversation remembers. */
	private static Reply greet(String opening, Audience audience, ConversationState next, String intent,
			double confidence) {
		return Draft.of(Decision.GREETING)
			.intent(intent, confidence)
			.text(opening + INTRO + (audience == Audience.STAFF ? STAFF : "") + CLOSING)
			.quick(Buttons.topics())
			.build(next);
	}

	/**
	 * A message that only says who the writer is (「パソコンのサークルの代表をしています」「子ども食堂をやっている者です」),
	 * the question still to come, as people send their particulars first in LINE. Read as a question, the first answered
	 * the city's switchboard at 0.91 (代表, as in 代表電話) and others the centre's operator or the grant's forms. As a
	 * conversation's first message it is greeted with what the bot does; later, it is acknowledged. Either way the
	 * department whose field the introduction names (自主防災組織 → 防災対策課) is remembered without being answered:
	 * 「提出先の課と電話番号を教えていただけますか」 two messages later asks for it.
	 */
	static Reply introduced(Context context) {
		ConversationState state = context.state();
		String named = DepartmentFinder.named(context).stream().findFirst().map(Department::id).orElse(null);
		if (!state.remembersAnswer() && state.offered().isEmpty()) {
			return greet("ご連絡ありがとうございます。", context.audience(), context.settled(null, named), Intent.GREETING, 1);
		}
		return Draft.of(Decision.GREETING)
			.intent(Intent.GREETING, 1)
			.text("ありがとうございます。お聞きになりたいことを、そのままお送りください。")
			.quick(Buttons.menu())
			.build(context.settled(null, named));
	}

	/** In a group the bot answers only when addressed, so it says how. */
	static Reply joined(String prefix) {
		String clean = SafeText.question(prefix, 20);
		String how = clean.isEmpty() ? "このグループでは、私にメンションしてご質問ください。"
				: "このグループでは、私にメンションするか、「" + clean + "」で始めてご質問ください（例：「" + clean
						+ " げんき基金の上限は？」）。";
		return Draft.of(Decision.GREETING)
			.text("はじめまして。茅ヶ崎市の協働コンシェルジュです。協働や市民活動についてのご質問にお答えします。\n" + how)
			.build(ConversationState.NEW);
	}

	/** Words that thank (the rest of the thanks intent only acknowledges: 「はい」「なるほど」「了解です」). */
	private static final Pattern THANKING = Pattern.compile("ありがと|有難|有り難|感謝|御礼|お礼|助か|たすか|サンキュ|さんきゅ|あざ|お手数"
			+ "|丁寧|thank|thx", Pattern.CASE_INSENSITIVE);

	/** An acknowledgement: 「わかった」「了解っす」「りょ」「おけ」「なるほど」「そっか」. */
	private static final String ACKNOWLEDGES = "(?:はい|うん|ええ|そっか|そうか|そうですか|そうなんですね|そうなんだ|なるほど"
			+ "|了解|りょうかい|りょーかい|りょ|承知(?:しました|いたしました)?|かしこまりました|おけ|おっけー?|オッケー?|ok|okay"
			+ "|(?:わか|分か|解)(?:った|りました)|理解(?:しました|できました)|納得(?:しました)?)(?:です|っす|しました|だよ|です[ねよ])?";

	/** Nothing more is wanted: 「もういいです」「じゃあいいです」「大丈夫です」「結構です」. */
	private static final String ENOUGH = "(?:じゃあ|じゃ|では|それなら|なら|もう)?(?:いい|大丈夫|だいじょうぶ|結構|けっこう)"
			+ "(?:です|っす|でーす|だよ)?[よね]?";

	/** A thanks: 「ありがとう ございます」 (spaces are gone by now), 「ありがとう存じます」, 「助かりました」. */
	private static final String THANKS_WORDS = "(?:どうも)?(?:ありがと(?:う|ー)?(?:ございます|ございました|存じます)?|有難うございます"
			+ "|(?:御礼|お礼)(?:を)?申し上げます|助かりました"
			+ "|助かる|たすかる|感謝(?:です|します)|サンキュー?|さんきゅー?|thanks|thankyou|thx)";

	/**
	 * What the writer will now do themselves: 「待ちます」「電話してみます」「サポセンのサイトを見てみます」
	 * 「協働推進担当に聞いてみます」「検討します」「そうします」. Up to 20 letters of what or whom before it.
	 */
	private static final String OWN_PLAN = "(?:[^?？。、,]{0,20}?(?:電話|でんわ|連絡|問い合わせ|問合せ|確認|相談|申し込み|申込み|応募)"
			+ "(?:して)?(?:みます|します|しときます|しておきます|しますね)"
			+ "|[^?？。、,]{0,20}?(?:見て|みて|調べて|しらべて|聞いて|きいて|行って|いって|探して|さがして|読んで|考えて)(?:みます|おきます)"
			+ "|待ちます|待ってます|まちます|検討します|考えます|そうします|そうしてみます|また(?:来ます|聞きます|連絡します))";

	/** Only acknowledgements, thanks, a no-more and the writer's own plan, in any order, and an ending. */
	private static final Pattern ONLY_CLOSES = Pattern.compile("(?:(?:" + ACKNOWLEDGES + "|" + ENOUGH + "|" + THANKS_WORDS
			+ "|" + OWN_PLAN + ")[、,。.!！〜~ー…wｗ笑\\p{So}]*)+");

	/**
	 * Whether a whole message only closes the matter (「わかった」「もういいです、ありがとう」「わかりました、待ちます」
	 * 「ありがとう ございます」「わかりました、サポセンのサイトを見てみます」): it asks nothing. Read as questions, these were
	 * fallbacks, a clarify, or an entry sharing one of their words (「じゃあいいです」 was the entry on not knowing whom to
	 * consult, 「おけ」 the centre's lockers). Anything that asks (a question mark, an interrogative) is not a closing.
	 */
	static boolean closes(String question) {
		String folded = SafeText.fold(question).replaceAll("[\\s\u3000]", "");
		// Closings are short; the bound also keeps the pattern's repeated group from backtracking over a long text.
		return !folded.isEmpty() && folded.length() <= CLOSING_LONGEST && !ASKING.matcher(folded).find()
				&& ONLY_CLOSES.matcher(folded).matches();
	}

	/**
	 * The writer did not follow (「よくわからん」「わかりません」「ちょっと難しいです」「意味がわからない」 "I don't understand"),
	 * and says nothing else. Read as a question, 「よくわかりません」 had the words of the thanks 「よくわかりました」 (the
	 * negation is no word the engine keeps) and was acknowledged with 「承知しました」.
	 */
	private static final Pattern NOT_FOLLOWED = Pattern.compile("(?:(?:えっと|えーと|うーん|うーむ|んー|すみません|すいません"
			+ "|ごめんなさい|ごめん)[、,\\s]*)?(?:正直|ちょっと|ちょい|よく|いまいち|イマイチ|全然|ぜんぜん|全く|まったく|さっぱり|まだ"
			// 「むずかしくてよくわからない」: why it was not followed, before saying so.
			+ "|難しくて|むずかしくて|むずくて|ややこしくて"
			+ "|あまり|あんまり|[、,\\s])*(?:(?:意味|いみ|言ってること|内容|説明|それ|これ|答え|回答)(?:が|は|の意味が))?[、,\\s]*"
			+ "(?:(?:わから|分から|解ら|判ら)(?:ない|ん|なかった|なくて|ねー|ねえ)(?:です|でした|っす|んですけど|んだけど|んですが)?"
			+ "|(?:わか|分か)(?:りません|りませんでした|んない|んねー|んねえ|りづらい|りにくい|りづらかった|りにくかった)(?:です)?"
			+ "|(?:難しい|むずかしい|むずい|難しすぎ(?:る|ます)?|ややこしい)(?:です|ですね|かった|かったです)?"
			+ "|意味不明|理解(?:でき|出来)(?:ない|ません|なかった)(?:です)?"
			// 「答えになってない」「さっきと同じ答え」: the reply missed, said and nothing else (Message.COMPLAINT).
			+ "|" + Message.COMPLAINT
			+ "|(?:i )?(?:don'?t|do not|didn'?t|did not) (?:understand|get (?:it|that))(?: (?:it|that|this))?)"
			// 「よくわからないので教えてください」: asked to explain again, nothing new.
			+ "(?:ので|から)?[、,\\s]*(?:もう一度|もう少し|もうちょっと)?(?:わかりやすく|分かりやすく|やさしく|簡単に)?(?:教えて|おしえて|説明して)?"
			+ "(?:ください|下さい|ほしい|欲しい|もらえますか|もらえる|いただけますか)?"
			+ "[ねよなぁ]*(?:…|・・・|笑|w|ｗ|\\p{So})*[。.!！?？…\\s]*", Pattern.CASE_INSENSITIVE);

	/** Whether the whole message only says that the writer did not follow ({@link #NOT_FOLLOWED}). */
	static boolean notFollowed(String question) {
		String folded = SafeText.fold(question).strip();
		return folded.length() <= CLOSING_LONGEST && NOT_FOLLOWED.matcher(folded).matches();
	}

	/**
	 * The writer did not follow the last answer (the caller checks there was one): the bot owns it, offers the entries
	 * related to the last one (for the definition of 協働, its plain-words version), a person and the menu, and keeps
	 * what the conversation is about.
	 */
	static Reply notFollowed(Context context) {
		Optional<FaqEntry> entry = context.visibleFaq(context.state().lastFaqId());
		Draft draft = Draft.of(Decision.GREETING)
			.text("分かりにくいご案内で申し訳ありません。どの点が分かりにくかったか、言葉を変えて送っていただければ、"
					+ "もう一度お答えします。" + (entry.isPresent() ? "関連することは下のボタンから選べます。" : "")
					+ "担当者に直接お尋ねいただくこともできます。");
		entry.ifPresent(faq -> EntryReplies.related(context, faq, List.of()).forEach(draft::quick));
		return draft.quick(Buttons.human(), Buttons.menu()).build(context.settled(null));
	}

	/** The longest closing read as one (「わかりました、ありがとうございます。サポセンのホームページを見てみます」 is 35). */
	private static final int CLOSING_LONGEST = 48;

	/** A mark or word that asks, which no closing has. */
	private static final Pattern ASKING = Pattern.compile("[?？]|いつ|どこ|何|なに|誰|だれ|どう(?!も)|どの|どれ|いくら");

	static Reply thanks(Context context) {
		// 「はい」「なるほど」 after an answer thank nobody: read as questions they were a fallback ("could not read it").
		boolean thanking = THANKING.matcher(SafeText.fold(context.question())).find();
		return Draft.of(Decision.GREETING)
			.intent(Intent.THANKS, context.sureness())
			.text((thanking ? "どういたしまして。" : "承知しました。") + "ほかにもご質問があれば、いつでもどうぞ。")
			.quick(Buttons.menu())
			.build(context.settled(null));
	}

	/** 「役に立った／立たなかった」: thanks; after a 「立たなかった」 a coordinator is offered. */
	static Reply feedback(Context context, boolean helpful, String faqId) {
		Draft draft = Draft.of(Decision.GREETING).entry(context.exists(faqId) ? faqId : null, null, 0);
		if (helpful) {
			draft.text("ご評価ありがとうございます。お役に立ててよかったです。ほかにもご質問があれば、どうぞ。").quick(Buttons.menu());
		}
		else {
			draft.text("ご意見ありがとうございます。うまくお答えできず申し訳ありません。言葉を変えてもう一度ご質問いただくか、"
					+ MissReplies.COORDINATORS + "にご相談ください。")
				.quick(Buttons.humanAfterMiss(), Buttons.menu());
		}
		return draft.build(context.settled(null));
	}
}
