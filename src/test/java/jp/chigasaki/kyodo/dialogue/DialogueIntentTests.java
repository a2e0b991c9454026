package jp.chigasaki.kyodo.dialogue;

import static jp.chigasaki.kyodo.dialogue.Replies.ask;
import static jp.chigasaki.kyodo.dialogue.Replies.cardIds;
import static jp.chigasaki.kyodo.dialogue.Replies.labels;
import static jp.chigasaki.kyodo.dialogue.Replies.policy;
import static jp.chigasaki.kyodo.dialogue.Replies.postbacks;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.AMOUNT;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.ELIGIBILITY;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.KOEN;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.KYOSAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;

/** The conversational intents: who to consult, what is possible, a person, greetings, thanks, the menu. */
class DialogueIntentTests {

	private final ScriptedClassifier classifier = new ScriptedClassifier();
	private final DialoguePolicy policy = policy(classifier);

	/** The scripted engine reads 「防災訓練を一緒にやりたいけど、どこに相談？」 as who-to-consult, with no sure entry. */
	private static final String DRILL_PARTNERS = "防災訓練を一緒にやりたいけど、どこに相談？";

	@Test
	void namesTheDepartmentOfTheTopicWhenAskedWhoToConsult() {
		Reply reply = directory("");

		assertThat(reply.departmentId()).isEqualTo("bosai");
		assertThat(cardIds(reply)).startsWith("bosai");
		assertThat(reply.text()).contains("防災対策課が窓口です", "電話: 0467-81-7127", "担当: 防災、自主防災組織への支援",
				"市民自治推進課 協働推進担当が間に入って");
		assertThat(labels(reply)).contains("担当者に相談", "メニュー");
	}

	@Test
	void aDepartmentAskingWhoToConsultIsNotSentToItself() {
		// 防災対策課's own staff asking about 防災訓練 partners: the directory would name 防災対策課 for the topic.
		Reply reply = directory("防災対策課です。");

		assertThat(reply.departmentId()).isNotEqualTo("bosai");
		assertThat(cardIds(reply)).doesNotContain("bosai");
		assertThat(reply.text()).doesNotContain("防災対策課が窓口です").contains("市民自治推進課");
	}

	/** The directory's answer to {@link #DRILL_PARTNERS} written after {@code introduction}. */
	private Reply directory(String introduction) {
		classifier.when(DRILL_PARTNERS, ScriptedClassifier.intent(Intent.WHO_TO_CONSULT, Band.LOW));
		Reply reply = ask(policy, introduction + DRILL_PARTNERS);
		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		return reply;
	}

	@Test
	void findsTheDepartmentThroughASynonymWrittenInKana() {
		classifier.when("ぼうさいの相談はどこ？", ScriptedClassifier.intent(Intent.WHO_TO_CONSULT, Band.LOW));

		assertThat(ask(policy, "ぼうさいの相談はどこ？").departmentId()).isEqualTo("bosai");
	}

	@Test
	void answersASureCandidateWithItsDepartmentCardWhenAskedWhoToConsult() {
		classifier.when("基金の相談先", ScriptedClassifier.intent(Intent.WHO_TO_CONSULT, Band.ANSWER, AMOUNT));

		Reply reply = ask(policy, "基金の相談先");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
		assertThat(reply.departmentId()).isEqualTo("shimin-jichi-kyodo");
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo");
		assertThat(reply.text()).startsWith("げんき基金の補助の上限は").contains("担当: 協働", "間に入って");
		assertThat(postbacks(reply)).contains("dlg:feedback=up&faq=" + AMOUNT);
	}

	@Test
	void answersAnEntryThatClearlyLeadsWhenTheDirectoryNamesNoDepartment() {
		classifier.when("あの件はどちらにお願いすれば", ScriptedClassifier.clarify(AMOUNT, 0.55, ELIGIBILITY, 0.1));
		// Without the words asking where to turn, the entry still comes first: it leads on the message's topic.
		classifier.when(ConsultReplies.withoutWhere("あの件はどちらにお願いすれば"),
				ScriptedClassifier.clarify(AMOUNT, 0.3, ELIGIBILITY, 0.1));

		Reply reply = ask(policy, "あの件はどちらにお願いすれば");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo");
	}

	@Test
	void keepsTheDirectoryAnswerWhenTheEntryLeadsOnlyOnTheWordsAskingWhereToTurn() {
		classifier.when("あの件はどちらにお願いすれば", ScriptedClassifier.clarify(AMOUNT, 0.55, ELIGIBILITY, 0.1));
		classifier.when(ConsultReplies.withoutWhere("あの件はどちらにお願いすれば"),
				ScriptedClassifier.clarify(ELIGIBILITY, 0.2, AMOUNT, 0.1));

		Reply reply = ask(policy, "あの件はどちらにお願いすれば");

		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(reply.faqId()).isNull();
		assertThat(reply.text()).contains("0467-81-7126");
	}

	@Test
	void keepsTheDirectoryAnswerWhenTheBestEntryHasACloseRunnerUp() {
		classifier.when("あの件はどちらにお願いすれば", ScriptedClassifier.clarify(AMOUNT, 0.55, ELIGIBILITY, 0.4));

		Reply reply = ask(policy, "あの件はどちらにお願いすれば");

		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(reply.faqId()).isNull();
		assertThat(reply.text()).contains("0467-81-7126", "間に入って");
	}

	@Test
	void answersTheFoundDepartmentsOwnLikelyEntryRatherThanItsCardAlone() {
		// The directory finds 市民自治推進課 (協働), and the best entry, likely though not leading, is that department's
		// menu item: it says what the card says and what 共催 needs besides.
		String question = "共催のことで、協働の窓口はどこ？";
		classifier.when(question, ScriptedClassifier.clarify(KYOSAI, 0.45, AMOUNT, 0.3));

		Reply reply = ask(policy, question);

		assertThat(reply.intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(reply.faqId()).isEqualTo(KYOSAI);
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo");

		// An unlikely best entry (below 0.4) leaves the directory's answer.
		classifier.when(question, ScriptedClassifier.clarify(KYOSAI, 0.3, AMOUNT, 0.2));
		Reply unlikely = ask(policy, question);
		assertThat(unlikely.faqId()).isNull();
		assertThat(unlikely.departmentId()).isEqualTo("shimin-jichi-kyodo");
	}

	@Test
	void addsTheDepartmentCardEvenWhenTheAnswerGivesThePhone() {
		classifier.when("どこに聞けば", ScriptedClassifier.intent(Intent.WHO_TO_CONSULT, Band.ANSWER,
				TestKnowledge.DONT_KNOW));

		Reply reply = ask(policy, "どこに聞けば");

		assertThat(reply.faqId()).isEqualTo(TestKnowledge.DONT_KNOW);
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo");
	}

	@Test
	void sendsToTheCoordinatorsWhoSitInTheMiddleWhenNoDepartmentFits() {
		classifier.when("だれに聞けば", ScriptedClassifier.intent(Intent.WHO_TO_CONSULT, Band.LOW));

		Reply reply = ask(policy, "だれに聞けば");

		assertThat(reply.departmentId()).isEqualTo("shimin-jichi-kyodo");
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo", "city-main");
		assertThat(reply.text()).startsWith("ご相談の内容を担当する課は、この一覧からは特定できませんでした。市民自治推進課 協働推進担当")
			.contains("が間に入って、担当課をご案内し", "0467-82-1111", "担当課の候補をご案内します")
			.doesNotContain("分かりませんでした");
	}

	@Test
	void listsTheMenuOfWhatIsPossibleWithTheLikeliestItemFirst() {
		classifier.when("市と何ができる？", ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.CLARIFY, KOEN));

		Reply reply = ask(policy, "市と何ができる？");

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.intent()).isEqualTo(Intent.WHAT_IS_POSSIBLE);
		assertThat(reply.text()).contains("できることメニュー", "・共催", "・後援");
		assertThat(postbacks(reply)).containsExactly("dlg:faq=" + KOEN, "dlg:faq=" + KYOSAI, "dlg:human");
	}

	@Test
	void answersTheMenuItemWhenAskedAboutOneFormSurely() {
		classifier.when("共催ってできる？", ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.ANSWER, KYOSAI));

		Reply reply = ask(policy, "共催ってできる？");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(KYOSAI);
	}

	@Test
	void answersAnFaqQuestionTheEngineIsSurerOfThanOfTheMenuIntent() {
		classifier.when("げんき基金ってなに", new jp.chigasaki.kyodo.matching.Classification(Intent.WHAT_IS_POSSIBLE, 0.5,
				ScriptedClassifier.candidates(AMOUNT), 0.9, Band.ANSWER));
		classifier.when("何ができる", new jp.chigasaki.kyodo.matching.Classification(Intent.WHAT_IS_POSSIBLE, 0.95,
				ScriptedClassifier.candidates(AMOUNT), 0.9, Band.ANSWER));

		classifier.when("協働って大事？", new jp.chigasaki.kyodo.matching.Classification(Intent.WHAT_IS_POSSIBLE, 0.5,
				ScriptedClassifier.candidates(AMOUNT, ELIGIBILITY), 0.55, Band.CLARIFY));

		assertThat(ask(policy, "げんき基金ってなに").faqId()).isEqualTo(AMOUNT);
		assertThat(ask(policy, "協働って大事？").decision()).isEqualTo(Decision.CLARIFY);
		assertThat(ask(policy, "何ができる").decision()).isEqualTo(Decision.MENU);
	}

	@Test
	void offersEntriesInsteadOfTheMenuWhenAskedWhatAWordMeansOrHowTwoFormsDiffer() {
		for (String question : List.of("協働と共同って同じ意味？", "委託とどう違うの？", "What is the difference between itaku and kyodo?",
				"協働ってなに？", "What is a jichikai?", "I live in Tsujido. What's the kominkan and can I use it?",
				"まちづくり協議会とは", "ジチカイ　トハ？")) {
			classifier.when(question, ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.LOW, KOEN, KYOSAI));

			Reply reply = ask(policy, question);

			assertThat(reply.decision()).as(question).isEqualTo(Decision.CLARIFY);
			assertThat(reply.next().offered()).as(question).startsWith(KOEN, KYOSAI);
		}
		// 「できないことって何？」 asks for a list of what is possible, not for a meaning.
		classifier.when("市ができないことって何ですか？", ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.LOW, KOEN));
		assertThat(ask(policy, "市ができないことって何ですか？").decision()).isEqualTo(Decision.MENU);
		classifier.when("What is possible with the city?", ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.LOW, KOEN));
		assertThat(ask(policy, "What is possible with the city?").decision()).isEqualTo(Decision.MENU);
		// とは inside a question about the menu is no question about a word.
		classifier.when("できることメニューとは別に相談できますか", ScriptedClassifier.intent(Intent.WHAT_IS_POSSIBLE, Band.LOW, KOEN));
		assertThat(ask(policy, "できることメニューとは別に相談できますか").decision()).isEqualTo(Decision.MENU);
	}

	@Test
	void aDepartmentSpeakingAsTheDepartmentInChargeIsNotAskingWhereToGo() {
		classifier.when("担当課として参加するにはどうすればいいですか", ScriptedClassifier.clarify(KOEN, KYOSAI));
		classifier.when("防災の担当課はどこですか", ScriptedClassifier.clarify(KOEN, KYOSAI));
		classifier.when("発表会で説明担当課をやるとき何を用意すれば？", ScriptedClassifier.clarify(KOEN, KYOSAI));
		classifier.when("担当課を教えてください", ScriptedClassifier.clarify(KOEN, KYOSAI));

		assertThat(ask(policy, "担当課として参加するにはどうすればいいですか").decision()).isEqualTo(Decision.CLARIFY);
		assertThat(ask(policy, "発表会で説明担当課をやるとき何を用意すれば？").decision()).isEqualTo(Decision.CLARIFY);
		assertThat(ask(policy, "防災の担当課はどこですか").intent()).isEqualTo(Intent.WHO_TO_CONSULT);
		assertThat(ask(policy, "担当課を教えてください").intent()).isEqualTo(Intent.WHO_TO_CONSULT);
	}

	@Test
	void handsOverWhenAskedForAPerson() {
		classifier.when("人と話したい", ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.LOW));

		Reply reply = ask(policy, "人と話したい");

		assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(reply.handoff()).isEqualTo(Reply.Handoff.ASKED_FOR_HUMAN);
		assertThat(reply.intent()).isEqualTo(Intent.TALK_TO_HUMAN);
		assertThat(reply.confidence()).isEqualTo(0.9);
	}

	@Test
	void doesNotHandOverWhenTheMessageNamesNoPerson() {
		classifier.when("それ去年と変わってる？", ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.CLARIFY, AMOUNT,
				ELIGIBILITY));
		classifier.when("Can I talk to someone in English?", ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.LOW));

		Reply guess = ask(policy, "それ去年と変わってる？");

		assertThat(guess.decision()).isEqualTo(Decision.CLARIFY);
		assertThat(guess.handoff()).isNull();
		assertThat(ask(policy, "Can I talk to someone in English?").decision()).isEqualTo(Decision.ESCALATE);
	}

	@Test
	void aWordEndingInPersonIsNotAPersonAskedFor() {
		// 人 closing 法人, 個人 or 3人 asks for nobody: 「法人じゃないとダメ？」 was handed over.
		for (String question : List.of("法人じゃないとダメ？", "個人でも申請できますか", "メンバー3人でも大丈夫？", "ひとりで活動しています")) {
			classifier.when(question, ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.CLARIFY, AMOUNT, ELIGIBILITY));

			Reply reply = ask(policy, question);

			assertThat(reply.decision()).as(question).isEqualTo(Decision.CLARIFY);
			assertThat(reply.handoff()).as(question).isNull();
		}
		classifier.when("詳しい人と話したい", ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.LOW));
		assertThat(ask(policy, "詳しい人と話したい").handoff()).isEqualTo(Reply.Handoff.ASKED_FOR_HUMAN);
	}

	@Test
	void peopleCountedAreNotAPersonAskedFor() {
		classifier.when("Can non-Japanese people join a neighbourhood association?",
				ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.CLARIFY, AMOUNT, ELIGIBILITY));
		classifier.when("Can I talk to a person, not a bot?", ScriptedClassifier.intent(Intent.TALK_TO_HUMAN, Band.LOW));

		Reply counted = ask(policy, "Can non-Japanese people join a neighbourhood association?");

		assertThat(counted.decision()).isEqualTo(Decision.CLARIFY);
		assertThat(counted.handoff()).isNull();
		assertThat(ask(policy, "Can I talk to a person, not a bot?").handoff()).isEqualTo(Reply.Handoff.ASKED_FOR_HUMAN);
	}

	@Test
	void greetsAndSaysWhatItCanDo() {
		classifier.when("こんにちは", ScriptedClassifier.intent(Intent.GREETING, Band.LOW));

		Reply reply = ask(policy, "こんにちは");

		assertThat(reply.decision()).isEqualTo(Decision.GREETING);
		assertThat(reply.text()).startsWith("こんにちは。").contains("協働コンシェルジュ", "できることメニュー", "げんき基金");
		assertThat(labels(reply)).contains("協働とは？", "できることメニュー", "担当者に相談");
	}

	@Test
	void tellsStaffThatItAlsoAnswersInternalProcedures() {
		classifier.when("こんにちは", ScriptedClassifier.intent(Intent.GREETING, Band.LOW));

		Reply staff = policy.answer("こんにちは", Audience.STAFF, ConversationState.NEW);

		assertThat(staff.text()).contains("職員の方には");
		assertThat(ask(policy, "こんにちは").text()).doesNotContain("職員の方には");
	}

	@Test
	void answersTheQuestionInsideAGreeting() {
		classifier.when("こんにちは、げんき基金の上限は？", ScriptedClassifier.intent(Intent.GREETING, Band.ANSWER, AMOUNT));
		classifier.when("げんき基金の上限は？", ScriptedClassifier.intent(Intent.GREETING, Band.ANSWER, AMOUNT));

		Reply reply = ask(policy, "こんにちは、げんき基金の上限は？");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
		assertThat(classifier.asked).as("the greeting is set aside before the engine").contains("げんき基金の上限は？");
	}

	@Test
	void thanksPolitelyAndBreaksTheRowOfMisses() {
		classifier.when("ありがとう", ScriptedClassifier.intent(Intent.THANKS, Band.LOW));

		Reply reply = policy.answer("ありがとう", Audience.MEMBER, new ConversationState(List.of(), 1, AMOUNT));

		assertThat(reply.decision()).isEqualTo(Decision.GREETING);
		assertThat(reply.intent()).isEqualTo(Intent.THANKS);
		assertThat(reply.text()).startsWith("どういたしまして");
		assertThat(reply.next()).isEqualTo(new ConversationState(List.of(), 0, AMOUNT));
	}

	@Test
	void showsTheMenuWhenAskedForHelp() {
		classifier.when("使い方", ScriptedClassifier.intent(Intent.HELP_MENU, Band.LOW));

		Reply reply = ask(policy, "使い方");

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.intent()).isEqualTo(Intent.HELP_MENU);
		assertThat(postbacks(reply)).contains("dlg:possible", "dlg:human").anyMatch(d -> d.startsWith("dlg:ask="));
	}

	@Test
	void answersRichMenuCommandsTheSameWayWhateverTheEngineThinks() {
		classifier.when("メニュー", ScriptedClassifier.answer(AMOUNT, 0.99));

		Reply menu = ask(policy, "メニュー");
		Reply help = ask(policy, " ＨＥＬＰ！");
		Reply possible = ask(policy, "できることメニュー");
		Reply human = ask(policy, "担当者に相談");

		assertThat(menu.decision()).isEqualTo(Decision.MENU);
		assertThat(help.decision()).isEqualTo(Decision.MENU);
		assertThat(possible.intent()).isEqualTo(Intent.WHAT_IS_POSSIBLE);
		assertThat(human.handoff()).isEqualTo(Reply.Handoff.ASKED_FOR_HUMAN);
		assertThat(classifier.asked).isEmpty();
	}

	@Test
	void treatsAnIntentItDoesNotKnowAsAnOrdinaryQuestion() {
		classifier.when("新しい意図", new jp.chigasaki.kyodo.matching.Classification("future-intent", 0.9,
				ScriptedClassifier.candidates(AMOUNT), 0.9, Band.ANSWER));

		assertThat(ask(policy, "新しい意図").faqId()).isEqualTo(AMOUNT);
	}
}
