package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ask} as the product runs it: the command word, the real faq/ and intents/, the real matching engine. */
class AskEndToEndTests {

	private static final Set<String> DECISIONS = Set.of("answer", "clarify", "escalate", "fallback", "greeting", "menu");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void answersABatchFromStdinWithTheRealEngine() {
		String stdin = """
				げんき基金の補助金はいくらまでもらえますか？
				サポセンってどこにあるの
				今日の天気は？

				🙂🙂🙂
				""";
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = Cli.run(List.of("ask", "--json"), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

		List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		assertThat(exit).isZero();
		assertThat(lines).hasSize(5).allSatisfy(line -> {
			assertThat(line.propertyNames()).containsExactly("question", "decision", "intent", "faqId", "departmentId",
					"confidence", "text", "quickReplies", "candidates");
			assertThat(DECISIONS).contains(line.get("decision").asString());
			assertThat(line.get("text").asString()).isNotBlank();
		});
		assertThat(lines.get(0).get("decision").asString()).isEqualTo("answer");
		assertThat(lines.get(0).get("faqId").asString()).isEqualTo("genki-kikin-amount");
		assertThat(lines.get(0).get("candidates").get(0).get("faqId").asString()).isEqualTo("genki-kikin-amount");
		assertThat(lines.get(2).get("faqId").isNull()).isTrue();
	}

	@Test
	void keepsStaffOnlyAnswersFromMembersOnTheCommandLine() {
		String question = "団体から持ち込まれた提案はどう扱えばいいですか";

		JsonNode member = askOne("--audience", "member", question);
		JsonNode staff = askOne("--audience", "staff", question);

		assertThat(member.get("candidates").values()).extracting(c -> c.get("faqId").asString())
			.noneMatch(id -> id.startsWith("staff-"));
		assertThat(staff.get("candidates").values()).extracting(c -> c.get("faqId").asString())
			.anyMatch(id -> id.startsWith("staff-"));
	}

	private JsonNode askOne(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> words = new java.util.ArrayList<>(List.of("ask", "--json"));
		words.addAll(List.of(args));
		Cli.run(words, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1);
		return json.readTree(lines.get(0));
	}
}
