package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * The dialogue policy: a recognised intent is handled by its handler, an FAQ question by its confidence band
 * (answer, clarify, or an honest miss). Every entry point answers from one knowledge snapshot and turns any failure
 * into the main menu, so no input can make it throw.
 */
public final class DialoguePolicy implements Dialogue {

	private static final Logger log = LoggerFactory.getLogger(DialoguePolicy.class);

	/** Words of the writer's own group or activity (told before a question, {@link #ownGroupTold}). */
	private static final Pattern OWN_GROUP = Pattern.compile("グループ|サークル|団体|有志|仲間|の会|会員|メンバー|活動|ボランティア"
			+ "|自治会|町内会|NPO|実行委員会|企画して|計画して", Pattern.CASE_INSENSITIVE);

	/** A field's staff (「防災の担当の方」「子育て関係の職員さん」): the field's words just before. */
	private static final Pattern FIELDS_STAFF = Pattern.compile(DepartmentFinder.FIELD + "(?:の|関係の|分野の)"
			+ "(?:担当|係|職員)(?:の方|の人|者|さん)?(?:と|に)");

	/**
	 * 「だれか見てますか？」「さっきから返事がないんですが」 "is anybody there?": whether a person reads, or why none has
	 * answered; read as questions they were the fund's screening (見て) and its results (返事). A person is what they ask for.
	 */
	private static final String ANYONE_THERE = "(?:どなたか|誰か|だれか)(?:いま(?:す|せん)|いる(?=[？?かの]|$)|いらっしゃい"
			+ "|(?:見て|みて|読んで|よんで)(?:い)?(?:ます|る)(?=[かの？?]|$))"
			// Only as what the message ends on: 「公園の件で連絡しても返事が来ない。愛護会の担当ってどこの課？」 asks for an office.
			+ "|(?:返事|返信|へんじ)(?:が|は)?(?:こな|来な|ない|な[いく]|ありません)[^。．.！!？?]{0,10}[。．.！!？?…\\s]*$"
			+ "|\\b(?:anyone|anybody|someone|somebody)\\b[^.?!]{0,10}\\b(?:there|here|reading)\\b";

	/**
	 * Being put through to the person in charge, asked in so many words (「担当の方におつなぎいただけますか」「職員さんに代わって
	 * ください」), whatever the sentence tells before it of why: 「…どのような議論があったのか伺いたく、担当の方におつなぎいただけ
	 * ますか。」 was a clarify of the abolished scheme's entries, the reason's words outweighing the request's. Only a person
	 * of the city's side (担当, 職員, スタッフ, コーディネーター, 人): 「企業とつないでもらえますか」 asks for a partner.
	 */
	private static final Pattern PUT_THROUGH = Pattern.compile("(?:担当|職員|スタッフ|コーディネーター|(?<![\\p{IsHan}])人)"
			+ "(?:者|さん|の方|の人|様|さま)*(?:に|へ)(?:お|ご)?(?:つな|繋|取り次|取次|とりつ|代わ|かわ|替わ)"
			// 「担当の方と直接話せますか」「市の人と直接話したい」: talking with the city's people, asked for (it was the Mirai
			// Talk's entry, whose phrasing talks directly with the mayor). Not an occasion to talk (「職員と話せる場」), nor
			// people of the writer's own kind (「同じ立場の人と話したい」): only the city's.
			+ "|(?:担当|職員|スタッフ|コーディネーター|(?:市|市役所|役所|サポセン)の(?:人|ひと|方))(?:者|さん|の方|の人|様|さま)*と"
			// A wish (話したい, 話させて) asks for it; whether one can (話せますか) only with 直接: 「事前打ち合わせとはなんでしょう
			// 市役所の人と話せるのですか」 asks what the pre-meeting is.
			+ "(?:(?:直接|ちょくせつ)?(?:お)?(?:話|はな)し?(?:し(?:たい|たく|させ)|させ)"
			+ "|(?:直接|ちょくせつ)(?:お)?(?:話|はな)し?(?:しでき|せ(?:ます|ません|ない|れば|る(?=[かの？?！!]|$))))"
			+ "|" + ANYONE_THERE);

	/** A wish or a request, which asks without a question mark. */
	private static final Pattern WISH_OR_REQUEST = Pattern.compile("たい|たく|欲しい|ほしい|願|頼|please|want|would like|need",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A question about what a word means or how two things differ (「協働と共同って同じ意味？」「委託との違いは？」,
	 * "what does kyodo mean?") asks for an explanation, which FAQ entries give: the menu of what is possible does not.
	 */
	private static final Pattern MEANING = Pattern.compile("意味|違い|ちがい|違う|ちがう|定義"
			+ "|(?<!こと|もの)(?:とは|って)(?:何|なに|なん)(?:です|でしょう|だろう|なの|[？?。!！\\s]|$)"
			// 「協働とは」「キョウドウ　トハ」: a message that ends with とは asks what the word is.
			+ "|(?:とは|トハ)[？?。!！\\s]*$"
			+ "|\\bmean(?:s|ing)?\\b|\\bdifference\\b|\\bdiffer\\b|\\bdefinition\\b|\\bvs\\.?\\b|\\bversus\\b"
			// "What is a jichikai?" asks what a word means, like 「自治会とは何ですか」; "What is possible?" does not.
			+ "|(?:^|[.!?]\\s+)(?:(?:hi|hello|hey)[\\s,!.]+)?what(?:'s|’s|\\s+is|\\s+are)\\s+(?:an?\\s+|the\\s+)?[\"'“‘]?"
			+ "(?!possible\\b|available\\b|there\\b|it\\b)[\\p{L}-]+[\"'”’]?\\s*(?:\\band\\b|[?？.!]|$)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Someone asking for a person names one (人, 担当者, 職員, オペレーター, "a person") or a way to reach one (電話で,
	 * 直接, 会って, 折り返し). A hand-over opens a ticket for the coordinators, so the intent model's guess alone is not
	 * enough: 「それ去年と変わってる？」 shares the sound of 「人に代わって」 and nothing else. "people" is not such a word:
	 * it counts people ("we are about 8 people", "can non-Japanese people join a jichikai?") far more often than it asks
	 * for one. Nor is "someone" alone ("If someone gets hurt, are we covered?"), only someone talked to ("speak with
	 * someone from the city"), and so for どなたか／誰か (「どなたかにつないでもらえませんか」). Nor is "in person", which
	 * asks how ("Is the screening in person?"), unless someone is met in person. A request to be contacted
	 * (「確認できたら連絡もらえます？」) asks for a person who will. 人 closing a word (法人, 個人, 外国人, 3人) is none:
	 * 「法人じゃないとダメ？」 was handed over; nor is ひとり or ひとつ. Nor is a person told of (「会員じゃなくて来た人です」 of
	 * who was hurt, 「参加した人も対象？」「地域の人たち」): it was handed over at 1.00.
	 */
	private static final Pattern PERSON = Pattern.compile("(?<![\\p{IsHan}0-9０-９])人(?!です|でした|だった|たち|達|数|も)"
			// 「地域自治担当ってなに」 asks what a section is, not for its staff.
			+ "|ひと(?![りつ])|(?:担当|たんとう)(?!って(?:何|なに|なん)|とは)|職員|スタッフ"
			+ "|オペレーター|おぺれーたー|コーディネーター|相談員|係の|係り|方と|方に|電話|でんわ|直接|会って|会える|折り返し|有人|にんげん|人間|生身"
			+ "|連絡(?:を)?(?:もらえ|もらい|ください|下さい|くれ|いただけ|いただき|頂け|頂き|ほしい|欲しい)"
			+ "|(?:どなたか|誰か|だれか)(?:に|と)?(?:つな|繋|代わ|かわ|話|はな|対応)"
			+ "|" + ANYONE_THERE
			// "Is the screening in person?" asks how, not for a person; someone met in person is one.
			+ "|(?<!\\bin )\\b(?:person|human|staff|operator|agent|officer|call|phone)\\b|\\bmeet\\b[^.?!]{0,20}\\bin person\\b"
			+ "|\\b(?:talk|speak|chat|connect)\\b[^.?!]{0,20}\\b(?:someone|somebody)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An occasion to talk with the city's people (「市の人とはなす会がありますか」「職員と話せる場はありますか」 "an event where we
	 * can talk with city staff"): asked about, not asked for; the intent model took the talking for a request to be put
	 * through.
	 */
	private static final Pattern OCCASION = Pattern.compile("(?:話す|はなす|話せる|はなせる|話し合う|話し合える|話をする|会える|あえる"
			+ "|交流する|交流できる|意見交換する|意見交換できる)(?:会|かい|場|機会|きかい|イベント|いべんと|集まり|あつまり|場所|ばしょ)"
			+ "|\\b(?:events?|meetings?|occasions?|forums?)\\b[^.?!]{0,30}\\b(?:talk|speak|meet)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * The telephone as the way a thing is done (「電話でとれますか」 of a booking, 「電話で申し込める？」): asks how to book or
	 * apply, not for a person; 「公民館の部屋を予約したい。電話でとれますか」 was handed over.
	 */
	private static final Pattern BY_PHONE = Pattern.compile("(?:電話|でんわ)(?:で|から)(?:も|の)?(?:予約|よやく|申し?込|もうしこ|申請|しんせい"
			+ "|とれ|取れ|とる|取る|キャンセル|きゃんせる|登録|とうろく|受付|受け付|うけつけ|手続|てつづき)"
			// 「電話じゃダメなの？」「電話でも大丈夫ですか」 after a booking's answer: whether the phone will do for it.
			+ "|(?:電話|でんわ)(?:じゃ|では|でも|で)(?:ダメ|だめ|駄目|無理|むり|いい|良い|よい|よろしい|大丈夫|だいじょうぶ|可能|OK|ok)");

	/**
	 * A person asked to come to the writer's event (「市の人に来てもらえたりしますか」「職員さんに来てほしい」): asks whether the
	 * city sends someone, which the department of the event's field answers, not to be put through to a coordinator.
	 */
	private static final Pattern VISIT = Pattern.compile("(?:人|ひと|職員|担当者|担当の方|スタッフ)(?:さん|の方)?(?:に|が)"
			+ "(?:来て|きて|来ても|出向い|でむい|参加して|講師)");

	/** Whether a request for a person is founded: a word for one, and not an occasion to talk with them. */
	private static boolean asksForPerson(String question) {
		String folded = VISIT.matcher(BY_PHONE.matcher(SafeText.fold(question)).replaceAll(" ")).replaceAll(" ");
		return PERSON.matcher(folded).find() && !OCCASION.matcher(folded).find();
	}

	/** 「どれも違う」 typed: a no, a none of them, nothing else. */
	private static final Pattern NONE_OF_THEM = Pattern.compile("(?:(?:いいえ|いえ|いや|ううん)[、,\\s]*)?"
			+ "(?:(?:どれも|どれでも|全部|ぜんぶ|いずれも)(?:違う|違います|ちがう|ちがいます|ない|ありません|じゃない|ではない|ではありません)"
			+ "|違う|違います|ちがう|ちがいます)(?:です|よ|ね)*[。．.!！…]*"
			+ "|(?:no[,\\s]*)?(?:none of (?:these|them|those)|neither(?: of them)?)[.!]*");

	private static final Pattern CHOICE = Pattern.compile("(?:option|no\\.?|#|number)?\\s*([1-9一二三四五])\\s*"
			+ "(?:番目?|つ目|つめ|個目|こめ)?\\s*(?:の(?:やつ|もの|で))?\\s*(?:です|で|でお願いします|をお願いします|お願いします)?[.。!！]?");

	/**
	 * 「最初の」「最後のやつ」「三つ目」 "the last one": a choice by its place, under a clarify only (read as a question,
	 * 「最後の」 was out of scope, 「3つめ」 the plan's third point).
	 */
	private static final Pattern PLACE_CHOICE = Pattern.compile("(?:the\\s+)?(first|second|third|last)(?:\\s+(?:one|option))?"
			+ "(?:\\s*,?\\s*please)?[.!]?|(最初|さいしょ|一番上|いちばん上|最後|さいご|一番下|いちばん下)(?:の(?:やつ|もの)?)?"
			+ "\\s*(?:です|で|でお願いします|をお願いします|お願いします)?[.。!！]?");

	/** A message that only closes the matter ({@link SmallTalk#closes}): a thanks, as sure as words can be. */
	private static final Classification CLOSED = new Classification(Intent.THANKS, 1, List.of(), 0, Band.ANSWER);

	private final Supplier<KnowledgeBase> knowledge;
	private final QuestionClassifier classifier;
	private final DialogueProperties properties;
	private final Map<String, Function<Context, Reply>> intents;
	private final PostbackReplies postbacks;
	private final Understanding understanding;

	/** A policy with the default settings, for the commands that run without Spring. */
	public DialoguePolicy(Supplier<KnowledgeBase> knowledge, QuestionClassifier classifier) {
		this(knowledge, classifier, DialogueProperties.defaults());
	}

	/** A policy with these settings (the service's, or the command-line tools' read from the same places). */
	public DialoguePolicy(Supplier<KnowledgeBase> knowledge, QuestionClassifier classifier,
			DialogueProperties properties) {
		this.knowledge = knowledge;
		this.classifier = classifier;
		this.properties = properties;
		this.understanding = new Understanding(classifier);
		this.intents = Map.of(
				Intent.WHO_TO_CONSULT, understanding::consult,
				Intent.WHAT_IS_POSSIBLE, DialoguePolicy::whatIsPossible,
				Intent.TALK_TO_HUMAN, DialoguePolicy::handoff,
				Intent.GREETING, context -> orAnswer(context, SmallTalk::greeting),
				Intent.THANKS, context -> orAnswer(context, SmallTalk::thanks),
				Intent.HELP_MENU, context -> orAnswer(context, MenuReplies::help),
				Intent.OUT_OF_SCOPE, context -> MissReplies.miss(context, true));
		this.postbacks = new PostbackReplies(this);
	}

	/**
	 * What of a message the engine is asked about: its asking sentences, without greetings, thanks, closings and
	 * self-introductions (the whole message when nothing else is left). For fitting the calibration on what the
	 * engine really sees.
	 */
	public static String questionPart(String text) {
		Message message = Message.of(SafeText.question(text, Integer.MAX_VALUE - 1));
		return message.questions().isEmpty() ? text : message.content();
	}

	@Override
	public Reply answer(String text, Audience audience, ConversationState state) {
		return safely(state, () -> {
			ConversationState now = state(state);
			boolean english = English.continues(text, now);
			Reply reply = English.remembered(understand(text, audience(audience), now), english);
			return english ? English.lead(reply, this::english) : reply;
		});
	}

	/** An entry's or menu item's English title in the current knowledge. */
	private Optional<String> english(String id) {
		KnowledgeBase now = knowledge.get();
		return now.faq(id).map(FaqEntry::english).or(() -> now.menuItem(id).map(MenuItem::english));
	}

	@Override
	public Reply postback(String data, Audience audience, ConversationState state) {
		return safely(state, () -> {
			ConversationState now = state(state);
			Reply reply = English.remembered(
					postbacks.reply(context(audience(audience), now, "", Context.NOTHING), data), now.english());
			return now.english() ? English.lead(reply, this::english) : reply;
		});
	}

	@Override
	public Reply welcome(Audience audience) {
		return safely(ConversationState.NEW, () -> SmallTalk.welcome(audience(audience)));
	}

	@Override
	public Reply joined(String prefix) {
		return safely(ConversationState.NEW, () -> SmallTalk.joined(prefix));
	}

	@Override
	public Reply nonText(Audience audience) {
		return safely(ConversationState.NEW, () -> MenuReplies.nonText(ConversationState.NEW));
	}

	private Reply understand(String text, Audience audience, ConversationState state) {
		String question = Message.unspaced(
				Message.withoutEdgeMentions(SafeText.question(text, properties.maxQuestionLength())));
		if (question.isEmpty()) {
			return MenuReplies.askForText(state);
		}
		Optional<Reply> chosen = numberedChoice(question, audience, state)
			.or(() -> namedChoice(question, audience, state));
		if (chosen.isPresent()) {
			return chosen.get();
		}
		if (!state.offered().isEmpty() && NONE_OF_THEM.matcher(SafeText.fold(question).strip()).matches()) {
			// 「いいえ、違います」 typed under a clarify is its 「どれも違う」 button; read as a question it was a fallback.
			return MissReplies.handoff(context(audience, state, question, Context.NOTHING), Reply.Handoff.NONE_MATCHED);
		}
		if (SmallTalk.closes(question)) {
			return SmallTalk.thanks(context(audience, state, question, CLOSED));
		}
		// Before any answer, 「わからない」 is left to the engine (it may mean not knowing whom to ask).
		if (state.remembersAnswer() && SmallTalk.notFollowed(question)) {
			return SmallTalk.notFollowed(context(audience, state, question, Context.NOTHING));
		}
		Optional<Function<Context, Reply>> shortcut = Shortcuts.of(question);
		if (shortcut.isPresent()) {
			return shortcut.get().apply(context(audience, state, question, Context.NOTHING));
		}
		Context blank = context(audience, state, question, Context.NOTHING);
		Message message = Message.of(question);
		// 「ありがとう。あと、場所は？」: a thanks or greeting before the follow-up says nothing of what it leans on.
		Optional<Reply> followUp = understanding.twoFollowUps(message, blank)
			.or(() -> understanding.followUp(blank))
			.or(() -> message.social() && !message.content().isBlank() ? understanding.followUp(context(audience, state,
					message.content(), Context.NOTHING)) : Optional.empty())
			// 「…その課は市役所の何階にございますか。足が悪いもので、前もって知っておきたく存じます。」: the one asking
			// sentence points back (その課), the other only tells why; too long as a whole to lean on the last answer.
			// So does one that asks only for the number (「…お電話でお伺いしたく存じます。番号をお教え願えますでしょうか」),
			// and the request after a reason (「担当課にお電話いたしますので、番号をお願いできますか」). Not when a telling
			// sentence names what the pointer means (「分野別発表会というのもありましたね。あれはいつ？」 is of that event).
			.or(() -> message.loneAsking().or(() -> Optional.of(message.content()))
				.map(FollowUps::withoutReason)
				.filter(lone -> (FollowUps.refers(lone) || FollowUps.onlyAsksContact(lone))
						&& !lone.equals(message.content()) && !FollowUps.namesWhatItPoints(message.content()))
				.flatMap(lone -> understanding.followUp(context(audience, state, lone, Context.NOTHING))));
		if (followUp.isPresent()) {
			return followUp.get();
		}
		Optional<Reply> told = understanding.activityTold(message, blank);
		if (told.isPresent()) {
			return told.get();
		}
		if (message.questions().isEmpty() && !message.introduced().isEmpty()) {
			// 「防災対策課の職員です」 names the writer's own department, which is not remembered as the one to reach.
			return SmallTalk.introduced(blank.withAskersDepartment(Understanding.askersDepartment(blank, message)));
		}
		if (message.questions().isEmpty()) {
			return byIntent(Understanding.pointingAtNothing(understanding.asked(blank, question)));
		}
		Context asker = blank.withAskersDepartment(Understanding.askersDepartment(blank, message));
		Context whole = Understanding.withoutAskersOwnContact(
				Understanding.pointingAtNothing(understanding.askedWhole(asker, message)));
		// A department named, and its phone or floor asked for (in the same sentence or the next): the directory knows
		// the answer better than the asking sentence alone (「お電話番号と何階かを…」 alone reads as the switchboard).
		return putThrough(message, whole)
			.or(() -> understanding.twoQuestions(message, whole))
			.or(() -> ContactLookup.of(whole))
			.or(() -> ContactLookup.duties(whole))
			.or(() -> understanding.meaningAsked(message, whole))
			.or(() -> understanding.comparisonNamed(message, whole))
			.or(() -> understanding.addressedQuestion(message, whole))
			.or(() -> lone(message, whole))
			.orElseGet(() -> ownGroupTold(message, whole,
					byIntent(message.asks() ? Understanding.withoutSocialIntent(whole) : whole)));
	}

	/**
	 * 「子育て中のママのグループで10人くらいです。北茅ヶ崎駅の近くで月1回集まってます」: a message that asks nothing and tells
	 * of the writer's group or activity, which the bot could not place, is told before a question, as an introduction
	 * is: acknowledged, not called out of scope or unreadable ({@link SmallTalk#introduced}). A wish or a request
	 * (「耐震診断の補助を申請したい」「防犯パトロールを始めたいです」, "please") asks in its way and keeps its reply.
	 */
	private static Reply ownGroupTold(Message message, Context whole, Reply reply) {
		if (reply.decision() != Decision.FALLBACK || message.asks()) {
			return reply;
		}
		String content = SafeText.fold(message.content());
		return OWN_GROUP.matcher(content).find() && !WISH_OR_REQUEST.matcher(content).find()
				? SmallTalk.introduced(whole) : reply;
	}

	/** A message one of whose sentences asks to be put through to the person in charge ({@link #PUT_THROUGH}). */
	private static Optional<Reply> putThrough(Message message, Context whole) {
		if (Intent.TALK_TO_HUMAN.equals(whole.classification().intent())
				|| message.questions().stream().noneMatch(part -> PUT_THROUGH.matcher(SafeText.fold(part)).find())) {
			return Optional.empty();
		}
		return Optional.of(handoff(whole));
	}

	/**
	 * The one asking sentence among telling ones, read once: answered alone ({@link Understanding#loneQuestion}) or
	 * handed over ({@link #loneHandoff}).
	 */
	private Optional<Reply> lone(Message message, Context whole) {
		Optional<Context> lone = understanding.loneAsked(message, whole);
		return understanding.loneQuestion(whole, lone).or(() -> understanding.loneOverMenu(whole, lone))
			.or(() -> loneHandoff(whole, lone))
			.or(() -> understanding.loneOffered(whole, lone));
	}

	/** Whether a question asks what a word means or how two things differ ({@link #MEANING}). */
	static boolean asksMeaning(String question) {
		return MEANING.matcher(SafeText.fold(question)).find();
	}

	/**
	 * 「卒業研究で協働についてインタビューしたいです。担当の方に直接つないでいただけますか？」: the one asking sentence of a
	 * message that also tells something asks for a person, which is handed over as that sentence alone would be,
	 * although the telling sentence's words kept the whole message from reading as a request (it got a clarify). The
	 * sentence must be read as a request for a person and name one ({@link #PERSON}).
	 */
	private Optional<Reply> loneHandoff(Context whole, Optional<Context> lone) {
		if (Intent.TALK_TO_HUMAN.equals(whole.classification().intent())) {
			return Optional.empty();
		}
		return lone.filter(part -> Intent.TALK_TO_HUMAN.equals(part.classification().intent())
					&& asksForPerson(part.question()))
			.map(part -> MissReplies.handoff(part, Reply.Handoff.ASKED_FOR_HUMAN));
	}

	private Reply byIntent(Context asked) {
		Context context = withoutUnfoundedHandoff(asked);
		Optional<Reply> looked = ContactLookup.of(context).or(() -> CommonNeeds.of(context));
		if (looked.isPresent()) {
			return looked.get();
		}
		String intent = context.classification().intent();
		if (ConsultReplies.asksWhere(context) || CommonNeeds.activityInField(context)) {
			intent = Intent.WHO_TO_CONSULT;
		}
		return intent != null && intents.containsKey(intent) ? intents.get(intent).apply(context) : byBand(context);
	}

	private static Reply byBand(Context context) {
		return switch (context.classification().band()) {
			case ANSWER -> EntryReplies.best(context).orElseGet(() -> MissReplies.miss(context, false));
			case CLARIFY -> (leads(context) ? EntryReplies.leading(context) : Optional.<Reply>empty())
				.or(() -> ClarifyReplies.offer(context))
				.orElseGet(() -> MissReplies.miss(context, false));
			case LOW -> MissReplies.miss(context, false);
		};
	}

	/**
	 * Whether a clarify's best candidate leads the others far enough to be answered ({@link Classification#leads()}),
	 * no rule above having taken the message. Not a department's 相談窓口 entry: a city service of the department's
	 * field (「子どもの小学校の転校手続きってどこでやるんですか」) leads on the field's words alone, and who to consult
	 * about an activity is the who-to-consult reply's business.
	 */
	static boolean leads(Context context) {
		return context.classification().leads() && context.candidates().stream()
			.findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> !ConsultReplies.CONTACTS.equals(faq.category()))
			.isPresent();
	}

	/**
	 * After a clarify, 「2」 (also ２, ②, 2番, 2つ目, 2つめ, 二つ目, 2番目です, "option 2") picks the second candidate
	 * offered, 「最初の」「最後のやつ」 "the last one" the first or the last.
	 */
	private Optional<Reply> numberedChoice(String question, Audience audience, ConversationState state) {
		String folded = SafeText.fold(question).strip();
		Matcher number = CHOICE.matcher(folded);
		Matcher place = PLACE_CHOICE.matcher(folded);
		int index;
		if (number.matches()) {
			int kanji = "一二三四五".indexOf(number.group(1));
			index = kanji >= 0 ? kanji : Integer.parseInt(number.group(1)) - 1;
		}
		else if (place.matches() && !state.offered().isEmpty()) {
			String word = place.group(1) != null ? place.group(1) : place.group(2);
			index = switch (word) {
				case "first", "最初", "さいしょ", "一番上", "いちばん上" -> 0;
				case "second" -> 1;
				case "third" -> 2;
				default -> state.offered().size() - 1;
			};
		}
		else {
			return Optional.empty();
		}
		if (index >= state.offered().size()) {
			// A bare 「3」 read as a question matched whatever entry says 3 (the plan's third point, at 1.00).
			return Optional.of(MenuReplies.noSuchChoice(state));
		}
		return EntryReplies.byId(context(audience, state, question, Context.NOTHING), state.offered().get(index), 1);
	}

	/** 「イベントのほう」「基金の方でお願いします」: an option named by a word of it, as the one meant. */
	private static final Pattern NAMED_CHOICE = Pattern.compile("(?<name>[^、,。？?！!\\s]{2,12}?)" + Message.NOT_STAFF
			+ "の(?:ほう|方|こと|件|話)"
			+ "(?:で|です|でお願いします|をお願いします|お願いします)?[。.!！]*");

	/**
	 * After a clarify, an option named by a word its title alone of the options has (「イベントのほう」 under the options
	 * led by an event with the city): that option, as its button. Read as a question, 「イベントのほう」 was the Mirai Talk
	 * at 0.94, none of the options. A word of several options' titles or of none is read as any message is.
	 */
	private Optional<Reply> namedChoice(String question, Audience audience, ConversationState state) {
		Matcher named = NAMED_CHOICE.matcher(SafeText.fold(question).strip());
		if (state.offered().isEmpty() || !named.matches()) {
			return Optional.empty();
		}
		Context context = context(audience, state, question, Context.NOTHING);
		String name = named.group("name");
		List<String> naming = state.offered().stream()
			.filter(id -> context.visibleFaq(id).map(FaqEntry::question)
				.or(() -> context.visibleMenuItem(id).map(MenuItem::name))
				.filter(title -> SafeText.fold(title).contains(name))
				.isPresent())
			.toList();
		return naming.size() == 1 ? EntryReplies.byId(context, naming.get(0), 1) : Optional.empty();
	}

	/**
	 * The intent model's request for a person, in a message with no word for a person (see PERSON) or asking about an
	 * occasion to talk with one (see OCCASION), is no intent: the message is read as a question, by the common needs and
	 * the band like any other.
	 */
	static Context withoutUnfoundedHandoff(Context context) {
		Classification c = context.classification();
		if (!Intent.TALK_TO_HUMAN.equals(c.intent()) || asksForPerson(context.question())) {
			return context;
		}
		return context.withClassification(
				new Classification(null, 0, c.candidates(), c.confidence(), c.band(), c.leads()));
	}

	/**
	 * A request for a person is handed over; without any word for a person it is read as a question (see PERSON). A
	 * person of a field another department handles (「…ので、防災の担当の方とお話ししたいです」) is that department's: the
	 * coordinators cannot put the asker through, its contact entry or card gives its phone, and the button to the coordinators stays.
	 */
	private static Reply handoff(Context context) {
		if (!asksForPerson(context.question())) {
			return byBand(context);
		}
		return fieldsStaff(context).map(department -> ContactLookup.reaching(context, department))
			.orElseGet(() -> MissReplies.handoff(context, Reply.Handoff.ASKED_FOR_HUMAN));
	}

	/** The department whose field names the person asked for (「防災の担当の方」), not the coordinators' nor the switchboard. */
	private static Optional<Department> fieldsStaff(Context context) {
		Matcher field = FIELDS_STAFF.matcher(SafeText.fold(context.question()));
		if (!field.find()) {
			return Optional.empty();
		}
		return DepartmentFinder.namedBy(context, field.group("field")).stream().findFirst()
			.filter(department -> !department.id().equals(context.properties().coordinatorDepartment())
					&& !department.id().equals(context.properties().switchboardDepartment()));
	}

	/** A greeting, thanks or menu request that also carries a question the engine is sure of gets the answer. */
	private static Reply orAnswer(Context context, Function<Context, Reply> social) {
		if (context.classification().band() == Band.ANSWER) {
			return EntryReplies.best(context).orElseGet(() -> social.apply(context));
		}
		return social.apply(context);
	}

	/**
	 * 「共催ってできる？」 names one menu item, and 「なんで協働が大事なの？」 is an FAQ question the engine is surer of than
	 * of the intent: those go by the band (answer or clarify); otherwise the menu is listed.
	 */
	private static Reply whatIsPossible(Context context) {
		Classification classification = context.classification();
		Optional<Candidate> top = context.candidates().stream().findFirst();
		boolean menuItem = top.isPresent() && context.knowledge().menuItem(top.get().faqId()).isPresent();
		boolean namesOne = top.isPresent() && (top.get().confidence() > classification.intentConfidence()
				|| (classification.band() == Band.ANSWER && menuItem));
		if (namesOne && classification.band() != Band.LOW) {
			return byBand(context);
		}
		if (top.isPresent() && MEANING.matcher(SafeText.fold(context.question())).find()) {
			return classification.band() == Band.LOW
					? ClarifyReplies.offer(context).orElseGet(() -> MenuReplies.possible(context)) : byBand(context);
		}
		return MenuReplies.possible(context);
	}

	private Context context(Audience audience, ConversationState state, String question,
			Classification classification) {
		return new Context(knowledge.get(), audience, state, question, classification, properties);
	}

	private static Reply safely(ConversationState state, Supplier<Reply> reply) {
		try {
			return reply.get();
		}
		catch (RuntimeException | StackOverflowError ex) {
			// The exception's message may quote the user's text: log its type only.
			log.warn("Dialogue failed, answering with the menu: {}", ex.getClass().getName());
			return MenuReplies.help(state(state), null, "申し訳ありません。うまく処理できませんでした。");
		}
	}

	private static Audience audience(Audience audience) {
		return audience == null ? Audience.MEMBER : audience;
	}

	private static ConversationState state(ConversationState state) {
		return state == null ? ConversationState.NEW : state;
	}
}
