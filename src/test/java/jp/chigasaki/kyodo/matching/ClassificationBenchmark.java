package jp.chigasaki.kyodo.matching;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.yaml.snakeyaml.Yaml;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Latency of one classification on one thread, sampled (so JMH reports p50/p99), on the real knowledge and on a
 * synthetic 10,000-entry knowledge base; questions cycle through every real phrasing and intent example (mostly
 * sure matches), or through the blind dev questions (written by people who never saw the FAQ: long, uncertain, so
 * the second opinion is asked more often), with the second opinion on (agreement threshold 0.7) and off (1), and the
 * lead rule on (0.6) and off (1). Run:
 * see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx256m" })
@Threads(1)
public class ClassificationBenchmark {

	@Param({ "real", "synthetic-10000" })
	public String knowledge;

	@Param({ "phrasings", "blind-dev" })
	public String asked;

	@Param({ "0.7", "1" })
	public double agreement;

	/** The lead threshold: 0.6 (the default) marks a clarify's clearly leading candidate, 1 switches that off. */
	@Param({ "0.6", "1" })
	public double lead;

	private MatchingEngine engine;
	private List<String> questions;
	private int next;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		KnowledgeBase real = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		KnowledgeBase base = knowledge.equals("real") ? real : SyntheticKnowledge.of(real, 10_000, 42);
		engine = MatchingEngine.create(base, MatchingProperties.defaults()
			.withAgreementThreshold(agreement)
			.withLead(lead, MatchingProperties.defaults().lead()));
		questions = new ArrayList<>();
		if (asked.equals("blind-dev")) {
			questions.addAll(blindDev());
			return;
		}
		for (FaqEntry faq : real.faqs()) {
			questions.addAll(faq.phrasings());
		}
		real.intents().forEach(intent -> questions.addAll(intent.examples()));
	}

	@SuppressWarnings("unchecked")
	private static List<String> blindDev() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("eval/blind-dev.yaml"))) {
			Map<String, List<Map<String, Object>>> set = new Yaml().load(reader);
			return set.get("questions").stream().map(question -> (String) question.get("q")).toList();
		}
	}

	@Benchmark
	public Classification classify() {
		next = (next + 1) % questions.size();
		return engine.classify(questions.get(next), Audience.MEMBER);
	}
}
