package jp.chigasaki.kyodo.dialogue;

import static jp.chigasaki.kyodo.dialogue.Replies.ask;
import static jp.chigasaki.kyodo.dialogue.Replies.cardIds;
import static jp.chigasaki.kyodo.dialogue.Replies.labels;
import static jp.chigasaki.kyodo.dialogue.Replies.policy;
import static jp.chigasaki.kyodo.dialogue.Replies.postbacks;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.AMOUNT;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.DEADLINE;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.DONT_KNOW;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.ELIGIBILITY;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.KOEN;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.KYOSAI;
import static jp.chigasaki.kyodo.dialogue.TestKnowledge.STAFF_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;

/** The confidence bands: answer, clarify, honest miss, and the hand-over after repeated misses. */
class DialoguePolicyTests {

	private final ScriptedClassifier classifier = new ScriptedClassifier();
	private final DialoguePolicy policy = policy(classifier);

	@Test
	void answersWithTheEntryItsDepartmentCardAndFollowUpsWhenSure() {
		classifier.when("げんき基金いくら", ScriptedClassifier.answer(AMOUNT, 0.92));

		Reply reply = ask(policy, "げんき基金いくら");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
		assertThat(reply.departmentId()).isEqualTo("shimin-jichi-kyodo");
		assertThat(reply.confidence()).isEqualTo(0.92);
		assertThat(reply.text()).startsWith("げんき基金の補助の上限は、区分ごとに決まっています。").contains("0467-81-7126");
		assertThat(cardIds(reply)).containsExactly("shimin-jichi-kyodo");
		assertThat(postbacks(reply)).containsSubsequence("dlg:faq=" + ELIGIBILITY, "dlg:feedback=up&faq=" + AMOUNT,
				"dlg:feedback=down&faq=" + AMOUNT, "dlg:human", "dlg:menu");
		assertThat(labels(reply)).contains("役に立った", "役に立たなかった", "担当者に相談", "メニュー");
		assertThat(reply.next()).isEqualTo(new ConversationState(List.of(), 0, AMOUNT, "shimin-jichi-kyodo"));
	}

	@Test
	void aLaterPartWithoutATopicIsNotAnsweredAloneWhenTheWholeMessageLeansElsewhere() {
		Reply reply = askTwo("ガイドラインは市民も読めますか。", "どこで手に入りますか。", "どこで手に入りますか。");

		assertThat(reply.decision()).isEqualTo(Decision.CLARIFY);
		assertThat(reply.next().offered()).startsWith(ELIGIBILITY);
	}

	@Test
	void aSureFirstPartIsAnsweredWhenItsEntryIsAmongTheWholeMessagesBest() {
		Reply reply = askTwo("上限はいくらですか。", "どこで手に入りますか。", "上限はいくらですか。");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(AMOUNT);
	}

	/**
	 * Two asking sentences: the whole message is a clarify with ELIGIBILITY first and AMOUNT second, and the engine is
	 * sure of AMOUNT for {@code surePart} alone.
	 */
	private Reply askTwo(String first, String second, String surePart) {
		classifier.when(first + " " + second, ScriptedClassifier.clarify(ELIGIBILITY, 0.6, AMOUNT, 0.5));
		classifier.when(surePart, ScriptedClassifier.answer(AMOUNT, 0.95));
		return ask(policy, first + second);
	}

	@Test
	void leavesOutTheDepartmentCardWhenTheAnswerAlreadyGivesTheContact() {
		classifier.when("わからない", ScriptedClassifier.answer(DONT_KNOW, 0.9));

		Reply reply = ask(policy, "わからない");

		assertThat(reply.faqId()).isEqualTo(DONT_KNOW);
		assertThat(cardIds(reply)).isEmpty();
		assertThat(reply.messages()).hasSize(1);
	}

	@Test
	void offersACoordinatorFirstWhenTheAnswerIsNotKnown() {
		classifier.when("締め切りは", ScriptedClassifier.answer(DEADLINE, 0.9));

		Reply reply = ask(policy, "締め切りは");

		assertThat(reply.faqId()).isEqualTo(DEADLINE);
		assertThat(reply.quickReplies().get(0).postbackData()).isEqualTo("dlg:human");
		assertThat(labels(reply)).containsOnlyOnce("担当者に相談");
		assertThat(reply.text()).contains("確認できていません", "「担当者に相談」を押すと");
	}

	@Test
	void rendersAMenuItemWithWhatTheCityCanAndCannotDo() {
		classifier.when("共催したい", ScriptedClassifier.answer(KYOSAI, 0.88));

		Reply reply = ask(policy, "共催したい");

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(KYOSAI);
		assertThat(reply.text()).contains("【共催】", "共催は、団体と市が一緒に取り組む形です。", "■ 市ができること", "■ 市ができないこと",
				"■ 条件", "■ 相談先", "市民自治推進課 協働推進担当（電話 0467-81-7126）");
		assertThat(labels(reply)).contains("できることメニュー", "担当者に相談");
	}

	@Test
	void offersAtMostThreeCandidatesWhenUnsure() {
		classifier.when("基金について知りたい", ScriptedClassifier.clarify(AMOUNT, ELIGIBILITY, DEADLINE, KYOSAI, KOEN));

		Reply reply = ask(policy, "基金について知りたい");

		assertThat(reply.decision()).isEqualTo(Decision.CLARIFY);
		assertThat(reply.text()).startsWith("次のどれについてお知りになりたいですか？")
			.contains("1. げんき基金の補助金はいくらまでもらえますか？", "3. げんき基金の次の締め切りはいつですか？")
			.doesNotContain("4.");
		assertThat(postbacks(reply)).containsExactly("dlg:faq=" + AMOUNT, "dlg:faq=" + ELIGIBILITY,
				"dlg:faq=" + DEADLINE, "dlg:none", "dlg:human");
		assertThat(labels(reply)).endsWith("どれも違う", "担当者に相談");
		assertThat(reply.next().offered()).containsExactly(AMOUNT, ELIGIBILITY, DEADLINE);
		assertThat(reply.candidates()).hasSize(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "２", "②", "2番", "２つ目", "2番目です", " 2。", "2つめ", "二つ目", "二番目でお願いします",
			"最後の", "最後のやつで", "いちばん下", "the last one", "second", "Option 2" })
	void picksTheOfferedCandidateByItsNumber(String typed) {
		ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);

		Reply reply = policy.answer(typed, Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
		assertThat(reply.faqId()).isEqualTo(ELIGIBILITY);
		assertThat(reply.next().offered()).isEmpty();
		assertThat(classifier.asked).isEmpty();
	}

	@Test
	void aChoiceByItsPlaceWithNothingOfferedIsAskedOfTheEngine() {
		policy.answer("最後の", Audience.MEMBER, ConversationState.NEW);

		assertThat(classifier.asked).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "③", "3番" })
	void aChoiceNumberBeyondTheOffersIsToldSoNotAskedOfTheEngine(String typed) {
		ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);

		Reply reply = policy.answer(typed, Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.MENU);
		assertThat(reply.text()).startsWith("その番号の選択肢はありません。先ほどの1〜2の番号か");
		assertThat(classifier.asked).isEmpty();
		Reply none = policy.answer(typed, Audience.MEMBER, ConversationState.NEW);
		assertThat(none.text()).startsWith("番号でお選びいただく選択肢は、いまはありません。");
		assertThat(classifier.asked).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "いいえ、違います", "どれも違う", "どれでもないです", "ちがう。", "None of these", "no, neither" })
	void aNoTypedUnderAClarifyIsItsNoneOfThemButton(String typed) {
		ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);

		Reply reply = policy.answer(typed, Audience.MEMBER, afterClarify);

		assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(reply.handoff()).isEqualTo(Reply.Handoff.NONE_MATCHED);
		assertThat(classifier.asked).isEmpty();
	}

	@Test
	void aNoWithoutAClarifyOrWithMoreWordsIsAskedOfTheEngine() {
		policy.answer("違います", Audience.MEMBER, ConversationState.NEW);
		ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);
		policy.answer("違います、締め切りが知りたい", Audience.MEMBER, afterClarify);

		// (Under a clarify whose options share a category it is asked with that category in front too.)
		assertThat(classifier.asked).contains("違います", "違います、締め切りが知りたい");
	}

	@ParameterizedTest
	@ValueSource(strings = { "22", "2千円", "0" })
	void asksTheEngineWhenTheNumberIsNoChoice(String typed) {
		ConversationState afterClarify = new ConversationState(List.of(AMOUNT, ELIGIBILITY), 0, null);

		policy.answer(typed, Audience.MEMBER, afterClarify);

		assertThat(classifier.asked).isNotEmpty().allMatch(asked -> asked.endsWith(typed));
	}

	@Test
	void saysHonestlyItCannotAnswerWhenConfidenceIsLow() {
		Reply reply = ask(policy, "あれってどうなってますか");

		assertThat(reply.decision()).isEqualTo(Decision.FALLBACK);
		assertThat(reply.faqId()).isNull();
		assertThat(reply.text()).contains("確かなお答えができません").contains("担当者");
		assertThat(postbacks(reply)).containsExactly("dlg:human=low", "dlg:menu");
		assertThat(reply.next().misses()).isEqualTo(1);
	}

	@Test
	void pointsToTheCitySwitchboardForOutOfScopeQuestions() {
		classifier.when("ごみの日は", ScriptedClassifier.intent(Intent.OUT_OF_SCOPE, Band.LOW, AMOUNT));

		Reply reply = ask(policy, "ごみの日は");

		assertThat(reply.decision()).isEqualTo(Decision.FALLBACK);
		assertThat(reply.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
		assertThat(reply.faqId()).isNull();
		assertThat(reply.text()).contains("お答えできません", "茅ヶ崎市役所（代表）（0467-82-1111）");
		assertThat(labels(reply)).contains("担当者に相談");
		assertThat(reply.next().misses()).isEqualTo(1);
	}

	@Test
	void handsOverAfterTwoMissesInARow() {
		Reply first = ask(policy, "ごにょごにょ");
		Reply second = policy.answer("むにゃむにゃ", Audience.MEMBER, first.next());

		assertThat(first.decision()).isEqualTo(Decision.FALLBACK);
		assertThat(second.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(second.handoff()).isEqualTo(Reply.Handoff.REPEATED_MISSES);
		assertThat(second.text()).contains("担当者");
		assertThat(second.next().misses()).isZero();
	}

	@Test
	void anAnswerBreaksTheRowOfMisses() {
		classifier.when("げんき基金いくら", ScriptedClassifier.answer(AMOUNT, 0.92));
		Reply miss = ask(policy, "ごにょごにょ");

		Reply answer = policy.answer("げんき基金いくら", Audience.MEMBER, miss.next());
		Reply nextMiss = policy.answer("むにゃむにゃ", Audience.MEMBER, answer.next());

		assertThat(answer.next().misses()).isZero();
		assertThat(nextMiss.decision()).isEqualTo(Decision.FALLBACK);
	}

	@Test
	void neverShowsStaffOnlyEntryToMembers() {
		classifier.when("庁内の手順", ScriptedClassifier.answer(STAFF_ONLY, 0.95));
		classifier.when("手順かな", ScriptedClassifier.clarify(STAFF_ONLY, AMOUNT));

		Reply member = ask(policy, "庁内の手順");
		Reply staff = policy.answer("庁内の手順", Audience.STAFF, ConversationState.NEW);
		Reply memberClarify = ask(policy, "手順かな");
		Reply byButton = policy.postback("dlg:faq=" + STAFF_ONLY, Audience.MEMBER, ConversationState.NEW);
		Reply byNumber = policy.answer("1", Audience.MEMBER, new ConversationState(List.of(STAFF_ONLY), 0, null));

		assertThat(member.decision()).isEqualTo(Decision.FALLBACK);
		assertThat(member.text()).doesNotContain(TestKnowledge.STAFF_ANSWER);
		assertThat(member.candidates()).extracting(Candidate::faqId).doesNotContain(STAFF_ONLY);
		assertThat(staff.faqId()).isEqualTo(STAFF_ONLY);
		assertThat(staff.text()).contains(TestKnowledge.STAFF_ANSWER);
		assertThat(postbacks(memberClarify)).doesNotContain("dlg:faq=" + STAFF_ONLY).contains("dlg:faq=" + AMOUNT);
		assertThat(byButton.decision()).isEqualTo(Decision.MENU);
		assertThat(byButton.text()).doesNotContain(TestKnowledge.STAFF_ANSWER);
		assertThat(byNumber.text()).doesNotContain(TestKnowledge.STAFF_ANSWER);
	}

	@Test
	void offersStaffOnlyRelatedEntriesOnlyToStaff() {
		classifier.when("げんき基金いくら", ScriptedClassifier.answer(AMOUNT, 0.92));

		Reply member = ask(policy, "げんき基金いくら");
		Reply staff = policy.answer("げんき基金いくら", Audience.STAFF, ConversationState.NEW);

		assertThat(postbacks(member)).doesNotContain("dlg:faq=" + STAFF_ONLY);
		assertThat(postbacks(staff)).contains("dlg:faq=" + STAFF_ONLY);
	}

	@Test
	void neverOffersACandidateTheKnowledgeNoLongerHas() {
		classifier.when("古い索引", ScriptedClassifier.clarify("removed-entry", DONT_KNOW));

		Reply reply = ask(policy, "古い索引");

		assertThat(reply.next().offered()).containsExactly(DONT_KNOW);
		assertThat(reply.candidates()).extracting(Candidate::faqId).containsExactly(DONT_KNOW);
	}
}
