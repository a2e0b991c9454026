package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/** The dialogue over the real {@code faq/} and {@code intents/} with the real matching engine. */
class DialogueRealKnowledgeTests {

	/** Wording that would invite proposals to the abolished 協働推進事業. */
	private static final Pattern INVITATION = Pattern.compile("提案を(募集して|受け付けて|お待ちして)います|ご提案ください|提案してください|提案書を(提出|お送り)");

	private static KnowledgeBase knowledge;

	private static DialoguePolicy policy;

	@BeforeAll
	static void buildTheEngineOnce() {
		knowledge = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		MatchingEngine engine = MatchingEngine.create(knowledge, MatchingProperties.defaults());
		policy = new DialoguePolicy(() -> knowledge, engine, DialogueProperties.defaults());
	}

	@Test
	void answersARealQuestionWithItsEntryAndDepartment() {
		Reply reply = policy.answer("げんき基金の補助金はいくらまでもらえますか？", Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo("genki-kikin-amount");
		assertThat(reply.departmentId()).isEqualTo("shimin-jichi-kyodo");
		assertThat(reply.text()).contains("上限10万円", "0467-81-7126");
	}

	@Test
	void aWishToStartAnActivityIsNotAGreetingForItsSounds() {
		// 始めたい reads ハジメタイ: its bigrams ハジ and ジメ are はじめまして's, and in the greeting class of a few dozen
		// short texts they outweighed everything else; はじめから (the menu's) did the same once the greeting was ruled out.
		// 活動 is in one greeting example too, but far more common in questions: it does not say "greeting".
		for (String question : List.of("防犯パトロールを始めたい", "防犯パトロールをはじめたい", "ごみ拾いをはじめたい",
				"夜回りパトロールを始めたいです", "フードバンクの活動を始めたい")) {
			Reply reply = policy.answer(question, Audience.MEMBER, ConversationState.NEW);

			assertThat(reply.decision()).as(question).isNotIn(Decision.GREETING, Decision.MENU);
		}
		// A greeting said in its words, or sounding like one throughout, still is one.
		for (String greeting : List.of("はじめまして", "こんにちわ", "はじめまして。南湖で自治会長をしております山田と申します",
				"ありがとーございます")) {
			Reply reply = policy.answer(greeting, Audience.MEMBER, ConversationState.NEW);

			assertThat(reply.decision()).as(greeting).isEqualTo(Decision.GREETING);
		}
	}

	@Test
	void aWishToStartAnActivityNoEntryCoversNamesTheGoBetween() {
		// A wish said as a statement asks nothing in words; it got the generic 「うまく読み取れず」 fallback.
		for (String question : List.of("防犯パトロールを始めたいです", "外国人向けの日本語教室を開きたい", "料理教室を開きたいと思っています")) {
			Reply reply = policy.answer(question, Audience.MEMBER, ConversationState.NEW);

			assertThat(reply.decision()).as(question).isEqualTo(Decision.ANSWER);
			assertThat(reply.intent()).as(question).isEqualTo("who-to-consult");
			assertThat(reply.text()).as(question).contains("市民自治推進課 協働推進担当（電話 0467-81-7126）");
		}
		// A city service wished for stays out of scope.
		Reply bulky = policy.answer("粗大ごみを出したい", Audience.MEMBER, ConversationState.NEW);
		assertThat(bulky.decision()).isEqualTo(Decision.FALLBACK);
		assertThat(bulky.intent()).isEqualTo("out-of-scope");
	}

	@Test
	void aDepartmentAskingTwoThingsGetsTheEntryAndTheGoBetweenNeverItself() {
		// Made up: 防災対策課's own staff ask about げんき基金, then who to consult about a drill with groups.
		Reply reply = policy.answer("防災対策課の職員です。げんき基金の上限はいくらですか？それと、地域の防災訓練を団体と"
				+ "一緒にやりたいのですが、どこに相談すればいいですか？", Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo("genki-kikin-amount");
		assertThat(reply.text()).contains("上限10万円", "市民自治推進課 協働推進担当（電話 0467-81-7126）が間に入って")
			.doesNotContain("防災対策課にご相談ください", "0467-81-7127");

		// Without the introduction the second part is the drill's own department, as before.
		Reply citizen = policy.answer("げんき基金の上限はいくらですか？それと、地域の防災訓練を団体と一緒にやりたいのですが、"
				+ "どこに相談すればいいですか？", Audience.MEMBER, ConversationState.NEW);
		assertThat(citizen.faqId()).isEqualTo("genki-kikin-amount");
		assertThat(citizen.text()).contains("上限10万円", "防災対策課");
	}

	/**
	 * 「サポセンって何？」 read 何 as a word, and the opening-hours entry asks 「サポセンって何時まで開いてる？」: asked as
	 * 「サポセンとは」, it is the definition. The made-up wordings vary the ending.
	 */
	@ParameterizedTest
	@CsvSource({ "サポセンって何？, sapocen-about", "サポセンってなんですか, sapocen-about", "さぽせんってなに？？, sapocen-about",
			"すてっぷあっぷしえんってなに, genki-kikin-stepup", "きょうどう って なに, kyodo-definition",
			"サポセンって何するところ？, sapocen-about" })
	void aWhatIsMessageIsAnsweredWithTheDefinition(String question, String faqId) {
		Reply reply = policy.answer(question, Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(faqId);
	}

	@ParameterizedTest
	@CsvSource({ "こんにちは, greeting, greeting", "ありがとうございました, greeting, thanks", "メニュー, menu, help-menu",
			"担当者と話したい, escalate, talk-to-human", "住民票の取り方を教えて, fallback, out-of-scope",
			"市と一緒にできることを教えて, menu, what-is-possible" })
	void handlesTheConversationalIntents(String question, String decision, String intent) {
		Reply reply = policy.answer(question, Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.decision().key()).isEqualTo(decision);
		assertThat(reply.intent()).isEqualTo(intent);
		assertThat(reply.faqId()).isNull();
	}

	@Test
	void pointsOutOfScopeQuestionsToTheSwitchboardAndHandsOverAfterTheSecond() {
		Reply first = policy.answer("住民票の取り方を教えて", Audience.MEMBER, ConversationState.NEW);
		Reply second = policy.answer("今日の天気は？", Audience.MEMBER, first.next());

		assertThat(first.text()).contains("0467-82-1111");
		assertThat(first.next().misses()).isEqualTo(1);
		assertThat(second.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(second.handoff()).isEqualTo(Reply.Handoff.REPEATED_MISSES);
	}

	@Test
	void answersAFormOfWorkingWithTheCityFromTheMenu() {
		Reply reply = policy.answer("共催ってできる？", Audience.MEMBER, ConversationState.NEW);

		assertThat(reply.faqId()).isEqualTo("menu-kyosai");
		assertThat(reply.text()).contains("■ 市ができること", "■ まだ分かっていないこと", "■ 相談先")
			.doesNotContain("■ 市ができないこと");
	}

	@Test
	void neverShowsStaffOnlyEntryToMembers() {
		List<FaqEntry> staffOnly = knowledge.faqs().stream().filter(f -> !f.visibleTo(Audience.MEMBER)).toList();
		assertThat(staffOnly).isNotEmpty();
		for (FaqEntry entry : staffOnly) {
			for (String question : questions(entry)) {
				Reply member = policy.answer(question, Audience.MEMBER, ConversationState.NEW);
				assertThat(member.faqId()).isNotEqualTo(entry.id());
				assertThat(member.text()).doesNotContain(entry.answer().strip());
				assertThat(member.candidates()).extracting(Candidate::faqId).doesNotContain(entry.id());
				assertThat(Replies.postbacks(member)).doesNotContain("dlg:faq=" + entry.id());
			}
			Reply byButton = policy.postback("dlg:faq=" + entry.id(), Audience.MEMBER, ConversationState.NEW);
			assertThat(byButton.decision()).isEqualTo(Decision.MENU);
			assertThat(policy.postback("dlg:faq=" + entry.id(), Audience.STAFF, ConversationState.NEW).faqId())
				.isEqualTo(entry.id());
		}
	}

	@Test
	void neverInvitesProposalsToTheAbolishedScheme() {
		for (FaqEntry entry : knowledge.faqs()) {
			Reply reply = policy.answer(entry.question(), Audience.STAFF, ConversationState.NEW);
			assertThat(INVITATION.matcher(reply.text()).find()).as(entry.question()).isFalse();
		}
		assertThat(INVITATION.matcher(policy.answer("協働推進事業に提案したい", Audience.MEMBER, ConversationState.NEW).text())
			.find()).isFalse();
	}

	@Test
	void answersEveryMenuItemAndEntryButtonWithinLineLimits() {
		knowledge.menu().forEach(item -> assertWithinLimits(
				policy.postback("dlg:faq=" + item.id(), Audience.MEMBER, ConversationState.NEW)));
		knowledge.faqs().forEach(entry -> assertWithinLimits(
				policy.postback("dlg:faq=" + entry.id(), Audience.STAFF, ConversationState.NEW)));
		assertWithinLimits(policy.postback("dlg:possible", Audience.MEMBER, ConversationState.NEW));
	}

	@Test
	void noRandomTextMakesTheRealEngineAndDialogueThrow() {
		Random random = new Random(7);
		for (int i = 0; i < 500; i++) {
			StringBuilder text = new StringBuilder();
			int length = i % 50 == 0 ? 10_000 : random.nextInt(80);
			while (text.length() < length) {
				int kind = random.nextInt(5);
				text.append(kind == 0 ? (char) random.nextInt(0x10000)
						: kind == 1 ? (char) (0xD800 + random.nextInt(0x800))
								: kind == 2 ? new String(Character.toChars(0x1F600 + random.nextInt(80)))
										: kind == 3 ? "げんき基金の協働サポセン".substring(random.nextInt(6)) : "abc ＡＢＣ 123");
			}
			Reply reply = policy.answer(text.toString(), Audience.MEMBER, ConversationState.NEW);
			assertWithinLimits(reply);
			assertThat(reply.text()).doesNotContain("うまく処理できませんでした");
		}
	}

	private static List<String> questions(FaqEntry entry) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(entry.question()), entry.phrasings().stream())
			.toList();
	}

	private static void assertWithinLimits(Reply reply) {
		assertThat(reply.messages()).isNotEmpty().hasSizeLessThanOrEqualTo(Reply.MAX_MESSAGES);
		assertThat(reply.messages()).allSatisfy(m -> assertThat(m.plainText().length()).isLessThanOrEqualTo(5000));
		assertThat(reply.quickReplies()).hasSizeLessThanOrEqualTo(Reply.MAX_QUICK_REPLIES)
			.allSatisfy(q -> assertThat(q.label().codePointCount(0, q.label().length())).isLessThanOrEqualTo(20));
	}
}
