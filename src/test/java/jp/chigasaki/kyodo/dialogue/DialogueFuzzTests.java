package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * Any input is safe: thousands of random texts (emoji, control characters, lone surrogates, 10,000 characters) and
 * postback data, with an engine that answers at random or fails, never make the dialogue throw or break LINE's limits,
 * and never show a member a staff-only entry.
 */
class DialogueFuzzTests {

	private static final String[] IDS = { TestKnowledge.AMOUNT, TestKnowledge.ELIGIBILITY, TestKnowledge.DEADLINE,
			TestKnowledge.STAFF_ONLY, TestKnowledge.DONT_KNOW, TestKnowledge.KYOSAI, TestKnowledge.KOEN, "gone", "" };

	private static final String LAST_RESORT = "うまく処理できませんでした";

	private final Random random = new Random(20261129);

	/** Set when the engine failed on purpose; only then may a reply be the dialogue's last-resort menu. */
	private boolean engineFailed;

	private final DialoguePolicy policy = new DialoguePolicy(TestKnowledge::base, new RandomClassifier(),
			DialogueProperties.defaults());

	@Test
	void noRandomTextMakesTheDialogueThrowOrBreakLineLimits() {
		for (int i = 0; i < 5_000; i++) {
			Audience audience = random.nextBoolean() ? Audience.MEMBER : Audience.STAFF;
			engineFailed = false;
			Reply reply = policy.answer(randomText(), audience, randomState());
			assertSafe(reply, audience);
			assertThat(engineFailed || !reply.text().contains(LAST_RESORT)).as("the policy itself failed").isTrue();
		}
	}

	@Test
	void noRandomPostbackMakesTheDialogueThrowOrBreakLineLimits() {
		for (int i = 0; i < 3_000; i++) {
			String data = (random.nextBoolean() ? "dlg:" : "") + randomWord() + (random.nextBoolean() ? "=" : "")
					+ (random.nextBoolean() ? IDS[random.nextInt(IDS.length)] : randomText());
			engineFailed = false;
			Reply reply = policy.postback(data, Audience.MEMBER, randomState());
			assertSafe(reply, Audience.MEMBER);
			assertThat(engineFailed || !reply.text().contains(LAST_RESORT)).as("the policy itself failed").isTrue();
		}
	}

	@Test
	void theLongestMessagesAndOddPrefixesAreSafeToo() {
		assertSafe(policy.answer("あ".repeat(10_000), Audience.MEMBER, ConversationState.NEW), Audience.MEMBER);
		assertSafe(policy.answer("\uD83D".repeat(10_000), Audience.MEMBER, ConversationState.NEW), Audience.MEMBER);
		assertSafe(policy.answer(null, null, null), Audience.MEMBER);
		assertSafe(policy.postback(null, null, null), Audience.MEMBER);
		assertSafe(policy.joined("\uDC00".repeat(500)), Audience.MEMBER);
		assertSafe(policy.welcome(null), Audience.MEMBER);
		assertSafe(policy.nonText(null), Audience.MEMBER);
	}

	private void assertSafe(Reply reply, Audience audience) {
		assertThat(reply).isNotNull();
		assertThat(reply.decision()).isNotNull();
		assertThat(reply.messages()).isNotEmpty().hasSizeLessThanOrEqualTo(Reply.MAX_MESSAGES);
		assertThat(reply.messages()).allSatisfy(m -> assertThat(m.plainText()).hasSizeLessThanOrEqualTo(5000));
		assertThat(reply.text()).satisfies(DialogueFuzzTests::assertWellFormed);
		assertThat(reply.quickReplies()).hasSizeLessThanOrEqualTo(Reply.MAX_QUICK_REPLIES).allSatisfy(q -> {
			assertThat(q.label().codePointCount(0, q.label().length())).isLessThanOrEqualTo(QuickReply.MAX_LABEL);
			assertThat(q.postbackData()).startsWith("dlg:").hasSizeLessThanOrEqualTo(300);
		});
		assertThat(reply.handoff() != null).isEqualTo(reply.decision() == Decision.ESCALATE);
		assertThat(reply.next()).isNotNull();
		assertThat(reply.next().offered()).hasSizeLessThanOrEqualTo(3);
		if (audience == Audience.MEMBER) {
			assertThat(reply.text()).doesNotContain(TestKnowledge.STAFF_ANSWER);
			assertThat(reply.candidates()).extracting(Candidate::faqId).doesNotContain(TestKnowledge.STAFF_ONLY);
			assertThat(reply.next().offered()).doesNotContain(TestKnowledge.STAFF_ONLY);
			assertThat(Replies.postbacks(reply)).doesNotContain("dlg:faq=" + TestKnowledge.STAFF_ONLY);
		}
	}

	private static void assertWellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).isTrue();
				i++;
			}
			else {
				assertThat(Character.isLowSurrogate(c)).isFalse();
			}
		}
	}

	private String randomText() {
		int length = random.nextInt(20) == 0 ? 10_000 : random.nextInt(60);
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			switch (random.nextInt(8)) {
				case 0 -> text.append((char) random.nextInt(0x20));
				case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
				case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
				case 3 -> text.append((char) (0x3041 + random.nextInt(0x56)));
				case 4 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
				case 5 -> text.append(randomWord());
				case 6 -> text.append((char) random.nextInt(0x10000));
				default -> text.append(" 0123456789１２３".charAt(random.nextInt(10)));
			}
		}
		return text.toString();
	}

	private String randomWord() {
		String[] words = { "faq", "none", "human", "menu", "possible", "ask", "feedback", "up", "down", "&", "=", "げんき基金",
				"協働", "hello", "DROP TABLE", "%00", "\u200B", "1", "２" };
		return words[random.nextInt(words.length)];
	}

	private ConversationState randomState() {
		List<String> offered = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			offered.add(IDS[random.nextInt(IDS.length)]);
		}
		return new ConversationState(offered, random.nextInt(4), random.nextBoolean() ? null : IDS[random.nextInt(IDS.length)]);
	}

	/** An engine at its worst: random intents, bands and candidates (staff-only, vanished, blank), or a failure. */
	private final class RandomClassifier implements QuestionClassifier {

		@Override
		public Classification classify(String question, Audience audience) {
			if (random.nextInt(50) == 0) {
				engineFailed = true;
				throw new IllegalStateException("index swap");
			}
			List<Candidate> candidates = new ArrayList<>();
			for (int i = random.nextInt(6); i > 0; i--) {
				String id = IDS[random.nextInt(IDS.length)];
				candidates.add(new Candidate(id, random.nextBoolean() ? "" : randomText(), random.nextDouble()));
			}
			List<String> intents = new ArrayList<>(Intent.KNOWN);
			intents.add("no-such-intent");
			String intent = random.nextBoolean() ? null : intents.get(random.nextInt(intents.size()));
			Band band = Band.values()[random.nextInt(Band.values().length)];
			return new Classification(intent, random.nextDouble(), candidates, random.nextDouble(), band);
		}
	}
}
