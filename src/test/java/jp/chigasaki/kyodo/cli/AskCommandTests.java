package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code ask} command's contract (PRODUCT.md), over a small knowledge folder and a keyword stand-in engine. */
class AskCommandTests {

	private static final String KNOWLEDGE = "src/test/resources/ask-knowledge/";

	private static final List<String> KEYS = List.of("question", "decision", "intent", "faqId", "departmentId",
			"confidence", "text", "quickReplies", "candidates");

	private final JsonMapper json = JsonMapper.builder().build();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsOneJsonObjectWithExactlyTheContractKeysAndTypes() {
		int exit = ask("", "--json", "げんき基金は", "いくら？");

		JsonNode line = json.readTree(single());
		assertThat(exit).isZero();
		assertThat(line.propertyNames()).containsExactlyElementsOf(KEYS);
		assertThat(line.get("question").asString()).isEqualTo("げんき基金は いくら？");
		assertThat(line.get("decision").asString()).isEqualTo("answer");
		assertThat(line.get("intent").isNull()).isTrue();
		assertThat(line.get("faqId").asString()).isEqualTo("genki-kikin-amount");
		assertThat(line.get("departmentId").asString()).isEqualTo("shimin-jichi-kyodo");
		assertThat(line.get("confidence").isNumber()).isTrue();
		assertThat(line.get("confidence").asDouble()).isEqualTo(0.9);
		assertThat(line.get("text").asString()).startsWith("げんき基金の補助の上限は").contains("電話: 0467-81-7126");
		assertThat(line.get("quickReplies").isArray()).isTrue();
		assertThat(line.get("quickReplies").values()).allMatch(JsonNode::isString)
			.extracting(JsonNode::asString)
			.contains("役に立った", "担当者に相談", "メニュー");
		JsonNode candidate = line.get("candidates").get(0);
		assertThat(candidate.propertyNames()).containsExactly("faqId", "title", "confidence");
		assertThat(candidate.get("faqId").asString()).isEqualTo("genki-kikin-amount");
		assertThat(candidate.get("confidence").isNumber()).isTrue();
	}

	@Test
	void answersEveryLineOfStdinInOrderInBatchMode() {
		int exit = ask("げんき基金の上限\n\n基金のこと\r\nあいうえお\n", "--json");

		List<JsonNode> lines = lines().stream().map(json::readTree).toList();
		assertThat(exit).isZero();
		assertThat(lines).extracting(l -> l.get("question").asString())
			.containsExactly("げんき基金の上限", "", "基金のこと", "あいうえお");
		assertThat(lines).extracting(l -> l.get("decision").asString())
			.containsExactly("answer", "menu", "clarify", "fallback");
		assertThat(lines).allSatisfy(l -> assertThat(l.propertyNames()).containsExactlyElementsOf(KEYS));
	}

	@Test
	void asksEachLineInANewConversationSoMissesDoNotAddUp() {
		ask("あいうえお\nかきくけこ\nさしすせそ\n", "--json");

		assertThat(lines()).extracting(l -> json.readTree(l).get("decision").asString()).containsOnly("fallback");
	}

	@Test
	void keepsStaffOnlyAnswersFromMembers() {
		ask("庁内の手順\n", "--json", "--audience", "member");
		JsonNode member = json.readTree(single());
		out.reset();
		ask("庁内の手順\n", "--json", "--audience", "staff");
		JsonNode staff = json.readTree(single());

		assertThat(member.get("faqId").isNull()).isTrue();
		assertThat(member.get("text").asString()).doesNotContain("課内で目的を整理");
		assertThat(member.get("candidates").values()).isEmpty();
		assertThat(staff.get("faqId").asString()).isEqualTo("staff-procedure");
	}

	@Test
	void keepsStaffOnlyMenuTextFromMembers() {
		ask("顔合わせ前の整理\n共益的な事業は整理してもらえますか\n", "--json", "--audience", "member");
		List<String> member = lines();
		out.reset();
		ask("顔合わせ前の整理\n", "--json", "--audience", "staff");
		JsonNode staff = json.readTree(single());

		assertThat(member).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("menu-staff-memo", "職員向けメモ"));
		assertThat(staff.get("faqId").asString()).isEqualTo("menu-staff-memo");
		assertThat(staff.get("text").asString()).contains("職員向けメモ", "■ まだ分かっていないこと", "整理の基準は決まっていません。");
	}

	@Test
	void printsAReadableFormWithoutJson() {
		ask("", "基金のこと");

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("Q: 基金のこと", "-> clarify", "次のどれについてお知りになりたいですか？", "[どれも違う]",
				"candidates: genki-kikin-amount 0.60");
	}

	@Test
	void keepsOneJsonLinePerInputLineWhateverTheBytes() {
		byte[] broken = { (byte) 0xE3, (byte) 0x81, '\n', (byte) 0xFF, (byte) 0xFE, 0, 7, '\n', (byte) 0xED, (byte) 0xA0,
				(byte) 0x80, '\n' };

		int exit = ask(new ByteArrayInputStream(broken), "--json");

		assertThat(exit).isZero();
		assertThat(lines()).hasSize(3).allSatisfy(l -> assertThat(json.readTree(l).propertyNames()).hasSize(9));
	}

	@Test
	void refusesAnUnknownAudienceOrOption() {
		assertThatThrownBy(() -> ask("", "--audience", "mayor", "x")).isInstanceOf(CommandLine.UsageException.class)
			.hasMessageContaining("member or staff");
		assertThatThrownBy(() -> ask("", "--jsn", "x")).isInstanceOf(CommandLine.UsageException.class);
	}

	@Test
	void failsWithTheProblemsWhenTheKnowledgeIsBroken() {
		int exit = new AskCommand(base -> new KeywordEngine()).run(
				new CommandLine(List.of("--faq", "no/such/faq", "--intents", KNOWLEDGE + "intents", "x")),
				InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("knowledge folder not found");
		assertThat(out.size()).isZero();
	}

	private int ask(String stdin, String... args) {
		return ask(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
	}

	private int ask(InputStream stdin, String... args) {
		List<String> words = new ArrayList<>(List.of("--faq", KNOWLEDGE + "faq", "--intents", KNOWLEDGE + "intents"));
		words.addAll(List.of(args));
		return new AskCommand(base -> new KeywordEngine()).run(new CommandLine(words), stdin,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private List<String> lines() {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private String single() {
		assertThat(lines()).hasSize(1);
		return lines().get(0);
	}

	/** Stands in for the matching engine: a few keywords, and it ignores the audience as a faulty engine would. */
	private static final class KeywordEngine implements QuestionClassifier {

		@Override
		public Classification classify(String question, Audience audience) {
			if (question.contains("げんき基金")) {
				return new Classification(null, 0, List.of(new Candidate("genki-kikin-amount", "上限", 0.9)), 0.9,
						Band.ANSWER);
			}
			if (question.contains("庁内")) {
				return new Classification(null, 0, List.of(new Candidate("staff-procedure", "手順", 0.9)), 0.9,
						Band.ANSWER);
			}
			if (question.contains("整理")) {
				return new Classification(null, 0, List.of(new Candidate("menu-staff-memo", "整理", 0.9)), 0.9,
						Band.ANSWER);
			}
			if (question.contains("基金")) {
				return new Classification(null, 0, List.of(new Candidate("genki-kikin-amount", "上限", 0.6),
						new Candidate("menu-kyosai", "共催", 0.5)), 0.6, Band.CLARIFY);
			}
			return new Classification(null, 0, List.of(), 0, Band.LOW);
		}
	}
}
