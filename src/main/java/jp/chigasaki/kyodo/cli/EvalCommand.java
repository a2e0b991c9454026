package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval [--json] [--misses] [--fit] [--faq DIR] [--intents DIR] FILE} scores the engine on a labelled set;
 * {@code eval --beir DIR [--json] [--min-grade N]} on a benchmark in BEIR layout. With {@code --json} the last line is
 * one JSON object. {@code --fit} prints calibration weights fitted on FILE instead.
 */
final class EvalCommand implements Cli.Command {

	private static final Set<String> VALUED = Set.of("--beir", "--min-grade", "--faq", "--intents");

	private final Supplier<Settings> settings;

	/** With the settings of this process ({@link Settings#ofProcess}). */
	EvalCommand() {
		this(Settings::ofProcess);
	}

	EvalCommand(Supplier<Settings> settings) {
		this.settings = settings;
	}

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--json", "--beir", "--min-grade", "--faq", "--intents", "--fit", "--misses", "--baseline"));
		try {
			Settings configured = settings.get();
			Settings.Bound bound = configured.bound();
			configured.announce("eval", err);
			Map<String, Object> result = line.flag("--beir") ? beir(line, bound.matching(), out)
					: labelled(line, bound, out);
			if (result == null) {
				return 0;
			}
			print(result, line.flag("--json"), out);
			return 0;
		}
		catch (KnowledgeException ex) {
			ex.problems().forEach(problem -> err.println(problem));
			return 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("eval: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * With {@code --baseline}, plain Kuromoji BM25 over question + answer (no synonyms of either kind, user dictionary,
	 * reading or romaji) runs first on the same set, its figures printed as {@code baseline <metric>: value} lines.
	 */
	private Map<String, Object> beir(CommandLine line, MatchingProperties matching, PrintStream out)
			throws IOException {
		int minGrade = Integer.parseInt(line.option("--min-grade", "1"));
		BeirSet set = BeirSet.load(Path.of(line.option("--beir", ".")));
		if (line.flag("--baseline")) {
			BeirEvaluation.run(set, plainBm25(), minGrade)
				.forEach((name, value) -> out.println("baseline " + name + ": " + formatted(value)));
		}
		return BeirEvaluation.run(set, matching, minGrade);
	}

	/** Plain Kuromoji BM25 over question + answer: the baseline of {@code --baseline}. */
	static MatchingProperties plainBm25() {
		return MatchingProperties.defaults()
			.withAnalysis(new MatchingProperties.Analysis(true, false, false, 1, 0, 1, 0, 0, 0, 0, 0, false, 0));
	}

	private Map<String, Object> labelled(CommandLine line, Settings.Bound configured, PrintStream out)
			throws IOException {
		List<String> files = line.positional(VALUED);
		if (files.size() != 1) {
			throw new CommandLine.UsageException("needs one labelled FILE (or --beir DIR)");
		}
		KnowledgeProperties where = configured.knowledge();
		KnowledgeBase base = KnowledgeBase.load(Path.of(line.option("--faq", where.faqDir().toString())),
				Path.of(line.option("--intents", where.intentsDir().toString())));
		LabelledSet set = LabelledSet.load(Path.of(files.get(0)));
		checkExpected(base, set, files.get(0));
		MatchingEngine engine = MatchingEngine.create(base, configured.matching());
		if (line.flag("--fit")) {
			fit(engine, set, out);
			return null;
		}
		PrintStream misses = line.flag("--misses") ? out : null;
		Map<String, Object> result = evaluate(engine, set, misses);
		result.putAll(replies(new DialoguePolicy(() -> base, engine, configured.dialogue()), set, misses));
		return result;
	}

	/**
	 * The {@link ReplyOutcomes} of what the bot replies to each question, each in a new conversation: the messages
	 * {@code before} it first, each replied to, then the question with the state they leave (a follow-up).
	 */
	static Map<String, Object> replies(DialoguePolicy policy, LabelledSet set, PrintStream misses) {
		ReplyOutcomes outcomes = new ReplyOutcomes();
		for (LabelledSet.Question question : set.questions()) {
			ConversationState state = ConversationState.NEW;
			for (String earlier : question.before()) {
				state = policy.answer(earlier, question.audience(), state).next();
			}
			Reply reply = policy.answer(question.text(), question.audience(), state);
			List<String> answered = new ArrayList<>();
			if (reply.faqId() != null) {
				answered.add(reply.faqId());
			}
			if (reply.next().lastFaqId() != null) {
				answered.add(reply.next().lastFaqId());
			}
			if (!outcomes.add(question, reply, answered) && misses != null) {
				misses.printf("reply miss line %d: expected %s, got %s intent=%s faq=%s offered=%s%n", question.line(),
						question.expected(), reply.decision().key(), reply.intent(), reply.faqId(),
						reply.next().offered());
			}
		}
		return outcomes.report();
	}

	static Map<String, Object> evaluate(MatchingEngine engine, LabelledSet set, PrintStream misses) {
		LabelledEvaluation evaluation = new LabelledEvaluation();
		Latencies latencies = new Latencies();
		for (LabelledSet.Question question : set.questions()) {
			long start = System.nanoTime();
			Classification result = engine.classify(question.text(), question.audience());
			latencies.add(System.nanoTime() - start);
			if (!evaluation.add(question, result) && misses != null) {
				misses.printf("miss line %d: expected %s, got intent=%s %s %.2f %s%n", question.line(),
						question.expected(), result.intent(), result.band(), result.confidence(),
						result.candidates().stream().limit(3).map(c -> c.faqId()).toList());
			}
		}
		LabelledEvaluation.Report report = evaluation.report();
		Map<String, Object> result = new LinkedHashMap<>();
		List<Object> values = report.values();
		List<String> names = List.of("questions", "top1", "top3", "outOfScope", "outOfScopeAnswered",
				"answerPrecision");
		for (int i = 0; i < names.size(); i++) {
			result.put(names.get(i), values.get(i));
		}
		report.bands().forEach((band, count) -> result.put("band" + band.name().charAt(0)
				+ band.name().substring(1).toLowerCase(Locale.ROOT), count));
		result.put("latencyP50Ms", latencies.percentileMs(50));
		result.put("latencyP99Ms", latencies.percentileMs(99));
		return result;
	}

	private static void fit(MatchingEngine engine, LabelledSet set, PrintStream out) {
		MatchingProperties.Calibration fitted = engine.fitCalibration(calibrationSamples(set.questions()));
		out.printf(Locale.ROOT, "kyodo.matching.calibration.bias=%.3f%n", fitted.bias());
		out.printf(Locale.ROOT, "kyodo.matching.calibration.top=%.3f%n", fitted.top());
		out.printf(Locale.ROOT, "kyodo.matching.calibration.margin=%.3f%n", fitted.margin());
		out.printf(Locale.ROOT, "kyodo.matching.calibration.matched=%.3f%n", fitted.matched());
		out.printf(Locale.ROOT, "kyodo.matching.calibration.known=%.3f%n", fitted.known());
		out.printf(Locale.ROOT, "kyodo.matching.calibration.out-of-scope=%.3f%n", fitted.outOfScope());
	}

	/**
	 * The questions calibration is fitted on, each as the engine sees it (its asking part after the dialogue's message
	 * understanding); intents other than out-of-scope are left out, out-of-scope questions have no right entry, and so
	 * are follow-ups (a question with messages {@code before} it), which cannot be read alone.
	 */
	static List<MatchingEngine.Sample> calibrationSamples(List<LabelledSet.Question> questions) {
		List<MatchingEngine.Sample> samples = new ArrayList<>();
		for (LabelledSet.Question question : questions) {
			if (!question.before().isEmpty()) {
				continue;
			}
			boolean outOfScope = LabelledSet.ESCALATE.equals(question.expected())
					|| Intent.OUT_OF_SCOPE.equals(question.expected());
			if (outOfScope || !Intent.KNOWN.contains(question.expected())) {
				samples.add(new MatchingEngine.Sample(DialoguePolicy.questionPart(question.text()), question.audience(),
						outOfScope ? List.of() : question.acceptable()));
			}
		}
		return samples;
	}

	private static void checkExpected(KnowledgeBase base, LabelledSet set, String file) {
		List<String> problems = new ArrayList<>();
		for (LabelledSet.Question question : set.questions()) {
			for (String expected : question.acceptable()) {
				boolean department = expected.startsWith(ReplyOutcomes.DEPARTMENT) && base
					.department(expected.substring(ReplyOutcomes.DEPARTMENT.length())).isPresent();
				if (!department && !LabelledSet.ESCALATE.equals(expected) && !Intent.KNOWN.contains(expected)
						&& base.faq(expected).isEmpty() && base.menuItem(expected).isEmpty()) {
					problems.add(file + ":" + question.line() + ": unknown expected id '" + expected + "'");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", problems));
		}
	}

	private static void print(Map<String, Object> result, boolean json, PrintStream out) {
		result.forEach((name, value) -> out.println(name + ": " + formatted(value)));
		if (json) {
			out.println(JsonMapper.shared().writeValueAsString(result));
		}
	}

	private static Object formatted(Object value) {
		return value instanceof Double number ? String.format(Locale.ROOT, "%.4f", number) : value;
	}

	@Override
	public String usage() {
		return "eval [--json] [--misses] [--fit] [--faq DIR] [--intents DIR] FILE"
				+ " | eval --beir DIR [--json] [--min-grade N] [--baseline]";
	}
}
