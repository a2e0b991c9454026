package jp.chigasaki.kyodo.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.dialogue.Reply;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How {@code ask} prints one reply: the JSON line of the contract in PRODUCT.md, or a form for people. */
interface AskOutput {

	void print(String question, Reply reply);

	/**
	 * One object per line with exactly the keys {@code question, decision, intent, faqId, departmentId, confidence,
	 * text, quickReplies, candidates}, in this order; absent values are null.
	 */
	static AskOutput json(PrintStream out) {
		JsonMapper mapper = JsonMapper.builder().build();
		return (question, reply) -> {
			ObjectNode line = mapper.createObjectNode();
			line.put("question", question);
			line.put("decision", reply.decision().key());
			line.put("intent", reply.intent());
			line.put("faqId", reply.faqId());
			line.put("departmentId", reply.departmentId());
			line.put("confidence", rounded(reply.confidence()));
			line.put("text", reply.text());
			ArrayNode labels = line.putArray("quickReplies");
			reply.quickReplies().forEach(quickReply -> labels.add(quickReply.label()));
			ArrayNode candidates = line.putArray("candidates");
			for (Candidate candidate : reply.candidates()) {
				candidates.addObject()
					.put("faqId", candidate.faqId())
					.put("title", candidate.title())
					.put("confidence", rounded(candidate.confidence()));
			}
			out.println(mapper.writeValueAsString(line));
		};
	}

	static AskOutput readable(PrintStream out) {
		return (question, reply) -> {
			out.println("Q: " + question);
			out.printf("-> %s  intent=%s  faq=%s  department=%s  confidence=%.2f%n", reply.decision().key(),
					dash(reply.intent()), dash(reply.faqId()), dash(reply.departmentId()), reply.confidence());
			reply.text().lines().forEach(text -> out.println("   " + text));
			if (!reply.quickReplies().isEmpty()) {
				out.println("   " + reply.quickReplies().stream().map(q -> "[" + q.label() + "]")
					.collect(Collectors.joining(" ")));
			}
			if (!reply.candidates().isEmpty()) {
				out.println("   candidates: " + reply.candidates().stream().limit(5)
					.map(c -> "%s %.2f".formatted(c.faqId(), c.confidence()))
					.collect(Collectors.joining(", ")));
			}
			out.println();
		};
	}

	private static double rounded(double confidence) {
		return Double.isFinite(confidence) ? Math.round(confidence * 10_000) / 10_000.0 : 0;
	}

	private static String dash(String value) {
		return value == null ? "-" : value;
	}
}
