package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message asks, once the social parts are set aside. People write 「いつもお世話になっております。○○地区の
 * 自治会長をしております。げんき基金はいくらまで…でしょうか。」 or 「ありがとう！あと共催と後援の違いは？」: the greeting,
 * the self-introduction, the thanks and the closing say nothing about the topic, but their words pull retrieval
 * towards greetings or entries that happen to share them. A self-introduction never changes who may see what (a
 * claim to be staff is only words: the audience comes from the configured staff ids).
 *
 * @param sentences the sentences left once social sentences and introductions are removed, in order
 * @param social whether the message had a greeting, thanks, closing or introduction besides them, or a sentence set
 *        aside that only says why it asks or that the writer does not follow
 * @param introduced the self-introductions removed (「防災対策課です」), joined; empty when there were none
 * @param addressed in a group-chat message whose later line mentions the bot, what that line asks (without the name,
 *        the greetings and the introductions); empty when nothing comes before the mention ({@link #addressed(String)})
 */
record Message(List<String> sentences, boolean social, String introduced, String addressed) {

	/**
	 * Where a sentence ends: at 。！？, a line break, or a full stop and a space; also after a clause that tells before the
	 * question (「親子サークルなんですけど、」「…やってるんですが、」), read as a telling sentence is (measured forty-first
	 * pass: dev +5 right, no more wrong). Not before a comparison (「…見るんですが、ボランティアとは違うんですか」), which
	 * needs what the telling clause names.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?\\n])|(?<=[.](?=\\s))"
			+ "|(?<=(?:んです|のです|んだ|ます|ました|ています|てます|てる)(?:が|けど|けれど|けれども)[、,])(?=\\S)(?![^。！？!?]*(?:違い|ちがい|違う|ちがう|比べ|同じ|おなじ))");

	/** What a thanks says of the answer or of its speed (ご丁寧に, 早速の, 分かりやすい), before the thanks or its noun. */
	private static final String COURTESY = "(?:ご|お)?(?:丁寧|親切|迅速|早速|さっそく|早々|すぐ|詳細|詳し|わかりやす|分かりやす)"
			+ "(?:に|な|の|く|い)?";

	/**
	 * Saying that the answer was understood: わかりました, 承知しました, 了解 (alone, not 了解を得る), かしこまりました. Narrower
	 * than {@link SmallTalk}'s acknowledgements, which read a whole message: these are set aside inside a sentence, where
	 * はい, うん or ok would cut words (はいる, うんどう).
	 */
	private static final String ACKNOWLEDGED = "了解(?:です|しました|いたしました|致しました)?(?=[。．.！!、,\\s\u3000]|$)"
			+ "|承知(?:しました|いたしました|致しました)|かしこまりました|(?:よく)?(?:わかりました|分かりました|理解しました|理解できました)";

	/**
	 * The writer's complaint that the last reply missed (「質問の答えになってない。」「さっきと同じ答え😓」): it tells how the bot
	 * did, not what is asked. Set aside like a thanks, so that what follows it is asked (「…どこの課に相談すればいいか聞いてます」
	 * was a who-to-consult reply that could not tell the department, 「…ゴミ袋の話です」 the out-of-scope reply); alone it is
	 * {@link SmallTalk#notFollowed}.
	 */
	static final String COMPLAINT = "(?:(?:質問|しつもん)の)?(?:答え|こたえ|回答)になって(?:い)?(?:ない|ません|ねー|ねえ)"
			+ "(?:です|よ|し|んだけど|んですけど|んですが)?"
			+ "|(?:さっき|先ほど|先程|さきほど|前|まえ)と(?:同じ|おなじ)(?:答え|こたえ|回答|返事|内容)(?:です|だよ|じゃん|ですよ|ですね)?";

	/** Phrases that carry no topic: greetings, thanks, apologies, closings, fillers. */
	private static final Pattern SOCIAL = Pattern.compile("(?:いつも|大変|たいへん)?お世話に(?:なって|なり)?(?:おります|います|ます|なります|ました|なりました)"
			+ "|お疲れ(?:さま|様)です|おつかれさまです|こんにちは|こんばんは|おはよう(?:ございます)?|はじめまして|初めまして"
			+ "|(?:突然の?)?(?:ご連絡|ご質問)?(?:失礼(?:いた)?します|失礼いたします|失礼します)"
			+ "|(?:初めて|はじめて)(?:ご)?連絡(?:いた)?し(?:ます|ました)|(?:初めて|はじめて|突然)の?(?:ご)?連絡(?:を)?申し上げます"
			// The letter's forms of the older writers: 拝啓 and the season's greeting, thanks for the office's favour,
			// an announced question, 前略ご免下さい; kept as sentences, their words (清栄, 高配, 向寒) were a question's.
			+ "|(?:拝啓|謹啓)?[\\s\u3000]*(?:[^\\s\u3000、,。]{1,8}の(?:候|砌|みぎり)|時下)[、,\\s\u3000]*[^。！？!?]{0,40}?"
			+ "(?:申し上げます|存じます|でしょうか|ですか)"
			+ "|[^。！？!?]{0,40}(?:ご高配|ご厚情|ご清祥|ご清栄|ご健勝|ご尽力|ご厚誼)[^。！？!?]{0,30}?(?:申し上げます|存じます|おります)"
			+ "|(?:謹んで)?(?:お|ご)?(?:尋ね|たずね|伺い|うかがい)申し上げます|(?:前略)?(?:ごめん|ご免)(?:ください|下さい)"
			+ "|(?:いつも)?(?:ご苦労|お疲れ)(?:さま|様)(?:です|でございます)|(?:いつも)?お世話(?:さま|様)(?:です|でございます)?"
			// 「初めて利用させていただきます。」: the first use announced; read as a question, it made 「協働の窓口は…」 the switchboard.
			+ "|(?:初めて|はじめて)(?:[^。！？!?\\s\u3000]{0,14}?(?:を|で|に))?(?:利用|使用|質問|使わ|使い|送ら|送り)"
			+ "(?:さ?せて(?:いただき|頂き|もらい)|さして(?:もらい)?|し|い)?(?:ます|ました)"
			+ "|(?:ご多忙|お忙しい)(?:の|な)?ところ(?:申し訳(?:ござい|あり)ません|すみません|恐縮です|恐れ入ります)?"
			+ "|恐れ入りますが|恐れ入ります|恐縮(?:では)?(?:ございますが|ですが)|大変恐縮(?:では)?ございますが|すみません|すいません"
			+ "|(?:どうぞ)?(?:よろしく|宜しく)(?:お願い|おねがい)(?:いた|致)?(?:します|申し上げます)?"
			// 「保険の件ありがとう！」: the topic of a thanks is the answer already given, not the next question.
			+ "|(?:(?:[^\\s、,。．.!！?？]{1,20}?の)?(?:" + COURTESY + ")?(?:件|こと|お話|ご説明|ご回答|説明|回答)(?:は|も)?[、,\\s]*)?"
			// 「ご丁寧にありがとうございます。その課の電話番号も…」: the courtesy was left as a sentence of its own.
			+ "(?:(?:" + COURTESY + ")?(?:本当に|ほんとに)?(?:どうも)?ありがと(?:う|ー)?(?:ございます|ございました)?|助かりました"
			// An acknowledgement (「承知しました。」「了解。」「さっきの基金の件はわかりました」) tells nothing of a topic: kept,
			// 「承知しました」 was a sentence that leaned on the last answer, and 「…件はわかりました」 the out-of-scope reply.
			+ "|" + ACKNOWLEDGED + ")"
			+ "|以上です|" + COMPLAINT
			// 「やさしい にほんごで おしえてください」: how to be answered, not what; read as a question it was out of scope.
			+ "|(?:やさしい|優しい|易しい|簡単な|かんたんな)[\\s\u3000]*(?:日本語|にほんご|ニホンゴ)で[\\s\u3000]*"
			+ "(?:おしえて|教えて|お願い|おねがい|説明して|せつめいして)(?:ください|下さい|くれ|ほしい|欲しい|します|いたします)?(?:です)?"
			// 「お伺いいたしますが、その課は…」: the announcement of a question, not the question.
			+ "|(?:お|ご)?(?:伺い|うかがい|尋ね|たずね)(?:(?:いた|致)?し(?:ます|たいのですが|たいのですけど|たいのですけれども)|ます)(?:が|けど)?"
			// English: "Hi, what does kyodo mean?" matched as much on "hi" as on its question.
			+ "|(?i:\\b(?:hi|hello|hey|good (?:morning|afternoon|evening)|(?:thanks(?: a lot)?|thank you(?: (?:so|very) much)?)"
			// "Thank you for your help": the thanks' object is the answer given, not a request for help.
			+ "(?: (?:so much |very much )?for (?:your|the|all the) (?:help|kind help|quick reply|quick response|reply|response"
			+ "|answer|info|information|explanation))?"
			+ "|excuse me|sorry(?: to bother you)?)\\b(?: there)?[,!.]*)");

	/**
	 * 「もう一つ、」「もう一個だけ。」「もう一点よろしいですか？」: the announcement of one more question, not a question
	 * (「もう一個いい？」 alone matched whatever entry shares いい). 「もう一つの補助は？」 keeps its words.
	 */
	private static final String ONE_MORE = "もう(?:一|ひと|1|１)(?:つ|個|こ|点)(?!の)(?:だけ)?"
			+ "(?:(?:いい|よい|よろしい)(?:です|でしょう)?か?|(?:質問|お聞き|お尋ね|聞き|きき)(?:します|しても|して|させて(?:ください)?|したいのですが|です)?"
			+ "(?:いい|よい|よろしい)?(?:です|でしょう)?か?)?[、,\\s]*";

	/**
	 * What is left of a letter's opening once its greetings are set aside (「ご担当者様」「茅ヶ崎市の御担当の方へ」「拝啓」
	 * 「いつも」「夜分に」「拙い文章で」): the whole sentence, never a part of one that asks.
	 */
	private static final Pattern LETTER_FORMS = Pattern.compile("(?:[\\s\u3000、,。．.!！…]|拝啓|謹啓|前略|謹白|敬具|草々|かしこ|いつも|日頃より|日頃は|平素より|平素は"
			+ "|大変|誠に|本当に|心より|重ねて|毎度|(?:先日|先ほど|先程|この間|昨日|前回)(?:は)?"
			+ "|夜分(?:遅く)?に|拙い文章で|(?:突然の)?ご連絡、?誠に|ご多忙中|お忙しい中|"
			+ "[^\\s\u3000、,。．.!！?？]{0,14}(?:様|さま|御中|各位|の皆様|の皆さま|の方へ|ご担当の方|御担当の方))+");

	/** A topic (「サポセンの」), two short things of it joined by と, and what is asked of both (「を教えて」「は？」). */
	private static final Pattern TWO_ASPECTS = Pattern.compile("(?<topic>[^、。？?]*?の)(?<x>[^\\sと、。？?のをはがも]{2,10})"
			+ "と、?(?<y>[^\\sと、。？?のをはがも]{2,10})(?<rest>(?:を|は|って|について)[^と]*)");

	/** Two things compared, or done together: one question about the pair. */
	private static final Pattern COMPARED = Pattern.compile("違い|ちがい|違う|ちがう|比べ|比較|どちら|どっち|両方|差|一緒|いっしょ"
			+ "|共に|ともに|協力|連携|組んで|\\bvs\\b");

	/** Words that join a second question to the first (「あと、締め切りは？」). */
	private static final Pattern CONNECTOR = Pattern.compile("^(?:(?:あと|それと|それから|また|さて|ちなみに|ついでに|では|じゃあ"
			// 「ところで粗大ごみの出し方も…」: by the way, a new matter; its sounds (トコロ) made 粗大ごみ a clarify.
			+ "|ところで|そういえば|話(?:は|が)?変わ(?:りますが|るけど|って恐縮ですが))[、,\\s]*"
			// 「あ、住所も」「えっと、何時まで？」: a sound before the question, set off by a comma (not the あ of ありますか).
			+ "|(?:あ|あっ|あー|ああ|えっと|えーと|えー|そうだ|そうそう)[、,!！…\\s]+"
			+ "|" + ONE_MORE
			// "One more thing, what's …?" "Different question: …" "Also, …": the English announcements of a question.
			+ "|(?i:(?:one more (?:thing|question)|another (?:thing|question)|(?:a )?different question|(?:a )?quick question"
			+ "|(?:and )?also|by the way|btw|oh and)\\b[:,.!\\s-]*))+");

	/**
	 * Going back to an earlier matter (「さっきの会議室の話に戻るけど、」「先ほどの保険の件ですが、」): the matter named is the
	 * question's topic (「会議室の予約はネットでできる？」); the rest only says it was spoken of before. As typed,
	 * 「さっきの会議室の話に戻るけど、予約はネットでできる？」 fell back.
	 */
	private static final Pattern BACK_TO = Pattern.compile("^(?:(?:さっき|先ほど|先程|さきほど|前|最初|はじめ)の)"
			+ "(?<topic>[^、,。\\s]{1,15}?)(?:の|について)?(?:話|はなし|件|けん|こと)"
			+ "(?:に(?:戻る|戻ります|戻りますが|戻るんですが|戻るのですが|もどる)|ですが|なんですが|だけど|なんだけど|ですけど)"
			+ "(?:けど|けれど|が)?[、,\\s]+(?=\\S)");

	/**
	 * 「さっき言ってたスタート支援ってやつは子ども食堂でも大丈夫？」: a thing the answer named a moment ago, asked of by its
	 * name; the words saying it was said (言ってた, やつ) are no topic (as typed, the out-of-scope reply at 0.98).
	 */
	private static final Pattern SAID_BEFORE = Pattern.compile("^(?:さっき|先ほど|先程|さきほど)(?:言って|いって|おっしゃって"
			+ "|仰って|話して|はなして|出て|でて|書いて|かいて|教えてくれ|おしえてくれ|紹介して|しょうかいして)(?:い)?(?:た|らした|ました)"
			+ "(?<topic>[^、,。\\s]{1,15}?)(?:(?:って(?:いう)?(?:やつ|の|もの)?|という(?:の|もの)?|の(?:こと|件)|について)(?:は|も|が|で)?"
			+ "|[はもがを])");

	/**
	 * A correction (「いや、会員じゃなくて一般の参加者の話です」「さっき聞いたの公民館じゃなくてコミセンのほうです」): what is not
	 * meant comes before じゃなくて, what is meant after it. A negation that is a condition (「NPOじゃなくてもいい？」「市内在住
	 * じゃなくて大丈夫？」) is no correction: only a sentence opened by a correcting word (いや, 違う, 間違えました) or one
	 * that ends by naming the matter (…のほうです, …の話です) is read as one.
	 */
	private static final Pattern NOT_THIS = Pattern.compile("^(?<opening>(?:(?:いや|いえ|いいえ|ちがう|違う|違います|ちがいます"
			+ "|そうじゃなくて|間違えました|まちがえました|間違えた|まちがえた)[、,。．.\\s!！]*)*)"
			+ "[^。？?！!]{1,30}?(?:じゃなくて|ではなくて|じゃなく|ではなく)(?!も)[、,\\s]*(?=\\S)");

	/** The matter named at the end of a correction: 「…コミセンのほうです」「…一般の参加者の話です」. */
	private static final Pattern MATTER_NAMED = Pattern.compile("(?:ほう|方|話|はなし|件|こと)(?:です|なんです|だよ|だけど|ですけど|が)?"
			+ "[。．.!！?？\\s]*$");

	/** Before の方: 担当, 係 or 職員 make it a person (担当の方), not the thing meant (イベントの方). */
	static final String NOT_STAFF = "(?<!担当|係|職員)";

	/**
	 * 「げんき基金のことで」「保険の件なんですが」「サポセンについてですが」: a topic announced, with nothing asked of it yet.
	 * What is asked is the topic, as its name typed alone is; the announcing words (こと, 件) pulled the reading to an
	 * entry that has them (「げんき基金のことで」 was the donation menu at 0.86, 「サポセンのことで」 the city's side at 0.97).
	 */
	private static final Pattern TOPIC_ANNOUNCED = Pattern.compile("^(?<topic>[^、,。？?\\s]{2,20}?)"
			// 「イベントのほう」「基金の方で」 under options: the one meant, by its name (「イベントのほう」 was the Mirai Talk at
			// 0.94). Not the person in charge (「担当の方」).
			+ "(?:の(?:こと|事|件|話)|について|に関して|に関する(?:こと|事|件)|" + NOT_STAFF + "の(?:ほう|方))"
			+ "(?:で|なんです|なのです|です|だ|なんだ)?(?:が|けど|けれど|けれども)?[、,。．.…!！〜~ー\\s]*$");

	/** What says who the writer is after a role or a group: です, なんです (「…クラブなんですけど」), でございます. */
	private static final String IS = "です|なんです|なのです|でございます";

	/**
	 * A self-introduction: who the writer is (「○○課の職員です」「自治会長をしております」「鈴木と申します」), possibly
	 * ending in が／けど before the question in the same sentence.
	 */
	private static final Pattern INTRODUCTION = Pattern.compile(
			"^(?:私|わたし|僕|ぼく|私ども|わたくし|当会|うち)?(?:は|も)?(?:(?!と言われ|といわれ|と聞かれ|ときかれ|と頼まれ|とたのまれ).){0,40}?(?:と申します|と申しますが|といいます|と言います"
					+ "|(?:職員|者|もの|会長|代表|学生|生徒|担当者?|メンバー|事務局|スタッフ|年生|主婦|市民|会員|役員|理事|会社員|団体|サークル|グループ|NPO|世話役|世話人)"
					+ "(?:" + IS + "|をしております|をしています|をやっています|をやってます)"
					+ "|(?:課|係|部|室|センター|法人|協議会|自治会|町内会|クラブ)(?:" + IS + ")"
					// 「会長の小林です」「世話役の加藤でございます」: the role, then the name.
					+ "|(?:会長|副会長|代表|世話役|世話人|役員|理事|事務局長?)の[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,5}(?:です|でございます)"
					+ "|をしております|をしています|をやってます|をやっています|に所属しています|でございます"
					+ "|主宰(?:して)?(?:おります|います)|を務めて(?:おります|います)|を拝命しております|を仰せつかっております"
					// 「先月茅ヶ崎に引っ越してきました。」「わたし せんげつ ちがさきに ひっこしました。」: a newcomer, who they are;
					// read as a question, the moving made the volunteering after it out of scope (転入届).
					// Only as a sentence of its own: 「引っ越してきたんですが、子どもの転校の手続きは…」 keeps why it asks.
					+ "|(?:(?:引っ越|引越|ひっこ)し(?:て(?:き|来)(?:まし)?た|ました)|(?:越して|こして|移住して|転入して)(?:き|来)(?:まし)?た"
					+ "|移住しました)(?:ばかり(?:です|なんです))?(?=[。．.!！\\s]*$))"
					+ "(?![かよね])(?:が|けど|けれども|けれど)?[、,]?");

	/**
	 * A group introduced by what it does (「子どもの見守りパトロールをしている有志のグループです」): the activity is the
	 * question's topic, kept as context; set aside, 「のぼり旗やベストを市から借りられたりしますか？」 alone was out of scope.
	 * A group introduced by who is in it (「中国人のボランティアグループです」) is set aside.
	 */
	private static final Pattern GROUP_AT_WORK = Pattern.compile("(?:して|やって|行って|おこなって|活動して)(?:い|お)?(?:る|ります|ます)?"
			+ "[^。！？!?]*グループ(?:" + IS + ")");

	/**
	 * "I'm an American living near Tsujido." "I'm a teacher at an international school." "My name is …": a sentence
	 * that only says who the writer is, in English. One that says more (a wish, a worry, a second clause: "I'm a surfer
	 * and want to …") is context, as in Japanese, and so is one that is not a who (「I'm interested in …」).
	 */
	private static final Pattern ENGLISH_INTRODUCTION = Pattern.compile("^(?:(?:i'm|i am|i’m)\\s+an?|my name is)\\s+"
			+ "(?![^.!?]*\\b(?:and|but|want|wants|would|like|hope|worried|confused|about|trying|planning|going|looking|need|to)\\b)"
			+ "[^.!?]{1,60}[.!]?$", Pattern.CASE_INSENSITIVE);

	/**
	 * Something that asks: a question mark, an interrogative, a request. A wish (「〜したいです」) is context for the
	 * question that follows it, not a question of its own; so is どう in a word that asks nothing (どうにも苦手で, どうも,
	 * どうぞ, どうせ, どうしても); so is a list ending in とか (「高齢者の見守りとか、買い物の手伝いとか」), whose か asks nothing.
	 */
	private static final Pattern ASKS = Pattern.compile("[?？]|(?:(?<!と)か|かな|の)[。.]?$|いつ|どこ|どちら|いくら|何|なに|なん(?!で[。．.!！…〜~\\s]*$|です(?:が|けど)|だけど)|どう(?!にも|も|ぞ|せ|しても)|どの"
			// 「前に教えてもらった番号にかけたらつながりました」: what one was told asks nothing now.
			+ "|どれ|だれ|誰|教え(?!て(?:もらっ|もらい|いただい|いただき|頂い|頂き|くれ)(?:た|ました))|知りたい|ください|下さい|でしょうか|ますか|ですか"
			// 「NPO法人 作り方」「自治会 入り方」: a verb's stem and 方 at the end asks how, as a search box is typed.
			+ "|(?<=[いきぎしちにびみりえけげせてねべめれ])方[。.]?$"
			+ "|\\b(?:how|what|where|when|who|which|can|could|is|are|do|does)\\b", Pattern.CASE_INSENSITIVE);

	private static final int SHORTEST = 2;

	/** A mention: @ or ＠ and a name. */
	private static final String MENTION = "[@＠][^\\s\u3000@＠]+";

	/**
	 * A mention (@ or ＠ and a name) at the start of a line or sentence; the line breaks themselves are spaces by now
	 * ({@link SafeText#question}). An address such as kyodo@example.jp is not one.
	 */
	private static final Pattern MENTION_LINE = Pattern.compile("(?<=^|[\\s\u3000。！？!?])" + MENTION);

	private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？!?\\s\u3000]+");

	static Message of(String text) {
		List<String> questions = new ArrayList<>();
		StringBuilder introduced = new StringBuilder();
		boolean social = false;
		for (String sentence : SENTENCE_END.split(addressed(text))) {
			String whole = sentence.strip();
			String topic = withoutIntroduction(whole);
			if (topic.length() < whole.length() && whole.endsWith(topic)) {
				introduced.append(introduced.isEmpty() ? "" : " ").append(whole, 0, whole.length() - topic.length());
			}
			String unsocial = SOCIAL.matcher(topic).replaceAll(" ");
			String rest = unsocial.replaceAll("^[\\s、,。．.!！?？・ー〜~\\p{So}]+", "").strip();
			rest = CONNECTOR.matcher(rest).replaceFirst("").strip();
			rest = withoutWhereRead(rest);
			// Only what is left beside a greeting set aside: 「前回は」 typed alone still asks of the last time.
			if (!unsocial.equals(topic) && LETTER_FORMS.matcher(rest).matches()) {
				rest = "";
			}
			rest = BACK_TO.matcher(rest).replaceFirst("${topic}の").strip();
			rest = saidBefore(rest);
			rest = meant(rest);
			rest = TOPIC_ANNOUNCED.matcher(rest).replaceFirst("${topic}").strip();
			social |= !rest.equals(whole);
			if (meaningful(rest)) {
				questions.add(rest);
			}
		}
		int sentences = questions.size();
		withoutTrailingReasons(questions);
		withoutNotFollowing(questions);
		// 「それ確実？違ったら困るので🙏」: what is left leans on the last answer as it would alone.
		social |= questions.size() < sentences;
		return new Message(List.copyOf(questions), social, introduced.toString().strip(), addressedLine(text));
	}

	/** What a correction means (「いや、会員じゃなくて一般の参加者の話です」 as 「一般の参加者の話です」); the sentence otherwise. */
	private static String meant(String sentence) {
		Matcher not = NOT_THIS.matcher(sentence);
		if (!not.find()) {
			return sentence;
		}
		String rest = sentence.substring(not.end());
		return !not.group("opening").isEmpty() || MATTER_NAMED.matcher(rest).find() ? rest.strip() : sentence;
	}

	/** The thing said a moment ago, by its name: 「さっき言ってたスタート支援ってやつは…」 as 「スタート支援は…」. */
	private static String saidBefore(String sentence) {
		Matcher said = SAID_BEFORE.matcher(sentence);
		if (!said.find()) {
			return sentence;
		}
		return (said.group("topic") + "は" + sentence.substring(said.end())).strip();
	}

	/**
	 * Why the writer asks, told after the question (「年末ってサポセンいつまで開いてる？ 大掃除の日決めたいので」「…傍聴できますか？
	 * 勉強のためにみんなで行ってみたいです」): it says nothing of what is asked, but its words pulled the message's
	 * confidence below the answer (a clarify at 0.61 of the year-end entry, which the question alone gets at 0.88).
	 */
	private static final Pattern REASON_AFTER = Pattern.compile("(?:ので|(?:い|た|だ|です|ます|ない|る)から|ため(?:です)?"
			// 「会員募集の記事を出したいと思いまして。」「ああいう書類はどうも苦手でして。」「マイクなどがあれば助かるのですが。」
			+ "|(?:まして|でして)|(?:助かる|嬉しい|うれしい|ありがたい|幸いな)(?:のですが|んですが|のですけど|んですけど|のだが|んだけど))[ねよ]?"
			+ "(?:笑|w|ｗ|\\p{So}|[!！。.…〜~ー])*$");

	/** Drops the sentences after the last asking one that only say why (see {@link #REASON_AFTER}). */
	private static void withoutTrailingReasons(List<String> sentences) {
		while (sentences.size() >= 2) {
			String last = sentences.get(sentences.size() - 1);
			boolean asksBefore = sentences.subList(0, sentences.size() - 1).stream().anyMatch(q -> ASKS.matcher(q).find());
			if (!asksBefore || ASKS.matcher(last).find() || !REASON_AFTER.matcher(last.strip()).find()) {
				return;
			}
			sentences.remove(sentences.size() - 1);
		}
	}

	/**
	 * 「協働ってなに。正直よくわからん」: a sentence that only says the writer does not follow, beside a question, says nothing
	 * of what is asked (its words made a clarify at 0.19 of what 協働 means, 0.82 alone). Alone it stays: the small talk
	 * owns it ({@link SmallTalk#notFollowed}).
	 */
	private static void withoutNotFollowing(List<String> sentences) {
		if (sentences.stream().anyMatch(sentence -> !SmallTalk.notFollowed(sentence))) {
			sentences.removeIf(SmallTalk::notFollowed);
		}
	}

	/**
	 * 「リーフレット見たんですが「協働の種」ってなんのことですか？」「HPどこ探しても載ってないんですけど、サポセンってコピー機
	 * ありますか？」: where the writer looked before asking, a clause before the question; its words (リーフレット, 載って)
	 * made a clarify of the guideline's leaflet and an answer of the centre's consultation. Not what was read there,
	 * quoted (「ネットで12/19って見たんだけど合ってます？」 asks of the date; 「市のチラシで「協働」って言葉を見たんですけど、
	 * ボランティアとどう違うんですか？」 of 協働, and without it was the volunteers' insurance).
	 */
	private static final Pattern READ_FIRST = Pattern.compile("^(?:市の)?(?:HP|ホームページ|ほーむぺーじ|サイト|ウェブ|ネット|チラシ|ちらし|リーフレット|パンフ(?:レット)?|ぱんふ"
			+ "|広報(?:紙|誌)?|資料|ポスター|記事)(?:を|で|に|は|も)?[^、,。！？!?]{0,14}?"
			+ "(?:見た|みた|読んだ|よんだ|見まし|読みまし|探し(?:て|た|まし)|さがし(?:て|た)|調べ(?:て|た|まし))"
			+ "[^、,。！？!?]{0,12}?(?:ん|の)?(?:ですが|ですけど|ですけれど(?:も)?|だけど|けど|が)[、,\\s　]*",
			Pattern.CASE_INSENSITIVE);

	/** What was read, quoted in the clause that says where ({@link #READ_FIRST}). */
	private static final Pattern QUOTED = Pattern.compile("[「『]|って(?:言葉|ことば|いう|言う|見|み|読|よ|書|か|あ)|という"
			+ "|と(?:書|か|載|あ|見|読)");

	/** The sentence without a first clause that only says where the writer looked ({@link #READ_FIRST}). */
	private static String withoutWhereRead(String sentence) {
		Matcher read = READ_FIRST.matcher(sentence);
		return read.lookingAt() && !QUOTED.matcher(read.group()).find() ? sentence.substring(read.end()).strip() : sentence;
	}

	/** Mentions at the start or the end of a text (「@コンシェルジュ 番号おしえて」「夜もあいてる？@コンシェルジュ」). */
	private static final Pattern EDGE_MENTIONS = Pattern.compile(
			"^(?:" + MENTION + "[\\s\u3000]*)+|(?<=[\\s\u3000。！？!?]|^)(?:" + MENTION + "[\\s\u3000]*)+$");

	/** A letter of Japanese script, or a quotation mark or bracket around Japanese words. */
	private static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー「」『』（）]";

	/** A particle or ending standing alone between spaces (「サポセン は どこ に あります か?」). */
	private static final Pattern SPACED_PARTICLE = Pattern.compile("(?<=" + JAPANESE + ")[ 　]+"
			+ "(?:は|を|に|で|が|の|も|へ|と|や|か|って|です|ます|ですか|ますか)(?=[ 　?？。、!！]|$)");

	/** A space between two letters of Japanese script. */
	private static final Pattern JAPANESE_SPACE = Pattern.compile("(?<=" + JAPANESE + ")[ 　]+(?=" + JAPANESE + ")");

	/** How many particles standing alone make a text written with spaces between its words. */
	private static final int SPACED_PARTICLES = 2;

	/**
	 * 「サポセン は どこ に あります か?」「だれ に れんらく します か?」: Japanese written with a space between its words
	 * (分かち書き, as やさしい日本語 is printed and as many residents learning Japanese type) read as written without them,
	 * as the patterns of questions read words (「誰に連絡」「ってなんですか」): spaced, 「だれ に れんらく します か?」 after the
	 * insurance was the park repairs' entry, 「「きょうどう」 って なん です か?」 the menu. Only a text where particles stand
	 * alone at least {@link #SPACED_PARTICLES} times; a space beside a Latin word stays.
	 */
	static String unspaced(String text) {
		Matcher particles = SPACED_PARTICLE.matcher(text);
		int found = 0;
		while (found < SPACED_PARTICLES && particles.find()) {
			found++;
		}
		return found < SPACED_PARTICLES ? text : JAPANESE_SPACE.matcher(text).replaceAll("");
	}

	/**
	 * The text without the mentions at its start and its end, as LINE's addressing cuts a mention of the bot there
	 * (GroupAddressing): they name who is asked, and a follow-up typed after one (「@コンシェルジュ わかった、番号おしえて」)
	 * is then read as a follow-up. A text of mentions alone stays as it is; a mention between two parts of the text
	 * stays for {@link #addressed}.
	 */
	static String withoutEdgeMentions(String text) {
		String cut = EDGE_MENTIONS.matcher(text).replaceAll("").strip();
		return cut.isEmpty() ? text : cut;
	}

	/**
	 * A group-chat message whose later line mentions someone (「会場どうする？ 文化会館は？ ＠コンシェルジュ 会議室って何か月前から
	 * 予約できる？」) asks from that line on: the lines before it are the group's own talk, kept as context of that
	 * question but not asked separately (「会場どうする？」 alone matched the entry on which costs げんき基金 pays).
	 */
	static String addressed(String text) {
		// The name itself (「@協働コンシェルジュ」) is not part of the question.
		return afterTalk(text)
			.map(mention -> SENTENCE_MARK.matcher(text.substring(0, mention.start())).replaceAll(" ").strip() + " "
					+ text.substring(mention.end()).strip())
			.orElse(text);
	}

	/** What the line that mentions the bot asks, when the group's own talk comes before it; empty otherwise. */
	private static String addressedLine(String text) {
		return afterTalk(text).map(mention -> of(text.substring(mention.end())))
			.filter(line -> !line.questions().isEmpty())
			.map(Message::content)
			.orElse("");
	}

	/** The last mention with words after it, when words come before it too (the group's own talk). */
	private static Optional<MatchResult> afterTalk(String text) {
		Matcher mention = MENTION_LINE.matcher(text);
		MatchResult last = null;
		while (mention.find()) {
			// A mention at the end (「…ですか？ @コンシェルジュ」) starts nothing.
			if (meaningful(text.substring(mention.end()))) {
				last = mention.toMatchResult();
			}
		}
		return Optional.ofNullable(last).filter(found -> found.start() > 0 && meaningful(text.substring(0, found.start())));
	}

	/** The sentences that ask, each with the telling sentences before it (and the last one with those after it). */
	List<String> questions() {
		return merged(sentences);
	}

	/** The question itself: the whole text when only one sentence asks, the asking sentences otherwise. */
	String content() {
		return String.join(" ", questions());
	}

	/**
	 * The one sentence that asks, when the message also has sentences that only tell (「協働ってなに？授業で出てきた」):
	 * empty when no sentence or several ask, or when nothing else was said.
	 */
	Optional<String> loneAsking() {
		List<String> asking = sentences.stream().filter(q -> ASKS.matcher(q).find()).toList();
		return asking.size() == 1 && sentences.size() >= 2 ? Optional.of(asking.get(0)) : Optional.empty();
	}

	/** The first sentence that asks, when the message has other sentences too (telling or asking). */
	Optional<String> firstAsking() {
		return sentences.size() < 2 ? Optional.empty()
				: sentences.stream().filter(q -> ASKS.matcher(q).find()).findFirst();
	}

	/** Whether any sentence asks something (「ども」 and 「友だち追加しました」 do not). */
	boolean asks() {
		return sentences.stream().anyMatch(q -> ASKS.matcher(q).find());
	}

	/** The sentences that ask something separately, when there are two or more; the first two. */
	List<String> separateQuestions() {
		List<String> asking = questions().stream().filter(q -> ASKS.matcher(q).find()).toList();
		if (asking.size() == 1) {
			return twoAspects(asking.get(0));
		}
		return asking.size() < 2 ? List.of() : asking.subList(0, 2);
	}

	/**
	 * 「サポセンの場所と開館時間を教えて」「げんき基金の締め切りと、上限額は？」: one sentence asking two things of one
	 * topic, as two questions (「サポセンの場所を教えて」「サポセンの開館時間を教えて」); empty when it does not. Not a
	 * comparison (「共催と後援の違い」), nor a partner (「市と一緒に」): those ask one thing of the two; nor two topics
	 * named without one they belong to (「協働と委託について教えて」 wants them told apart).
	 */
	static List<String> twoAspects(String sentence) {
		Matcher two = TWO_ASPECTS.matcher(sentence.strip());
		if (!two.matches() || COMPARED.matcher(sentence).find()) {
			return List.of();
		}
		String topic = two.group("topic");
		return List.of(topic + two.group("x") + two.group("rest"), topic + two.group("y") + two.group("rest"));
	}

	/** The sentence without the introductions it starts with (「自治会長をしております鈴木と申します」 has two). */
	private static String withoutIntroduction(String sentence) {
		if (ENGLISH_INTRODUCTION.matcher(sentence).matches()) {
			return "";
		}
		String rest = sentence;
		for (Matcher intro = INTRODUCTION.matcher(rest); intro.find() && intro.end() > 0
				&& !GROUP_AT_WORK.matcher(intro.group()).find(); intro = INTRODUCTION.matcher(rest)) {
			rest = rest.substring(intro.end()).replaceAll("^[\\s。．.!！]+", "").strip();
		}
		// 「げんき基金に応募したい団体ですか？」 asks about げんき基金: a sentence that is all introduction stays when it asks.
		return rest.isEmpty() && ASKS.matcher(sentence).find() ? sentence : rest;
	}

	private static boolean meaningful(String rest) {
		return rest.codePointCount(0, rest.length()) >= SHORTEST && rest.chars().anyMatch(Character::isLetterOrDigit);
	}

	/** A sentence that asks nothing (context: 「NPOの事務局です」 kept, 「子ども食堂をやっています」) joins the next one. */
	private static List<String> merged(List<String> sentences) {
		List<String> merged = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String sentence : sentences) {
			pending.append(pending.isEmpty() ? "" : " ").append(sentence);
			if (ASKS.matcher(sentence).find()) {
				merged.add(pending.toString());
				pending.setLength(0);
			}
		}
		if (!pending.isEmpty()) {
			if (merged.isEmpty()) {
				merged.add(pending.toString());
			}
			else {
				merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + pending);
			}
		}
		return merged;
	}
}
