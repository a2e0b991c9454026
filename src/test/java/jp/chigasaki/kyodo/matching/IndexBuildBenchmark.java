package jp.chigasaki.kyodo.matching;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Time to build the whole engine (analysis, index, intent model) from a knowledge snapshot, single shot. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xmx256m" })
public class IndexBuildBenchmark {

	@Param({ "real", "synthetic-10000" })
	public String knowledge;

	private KnowledgeBase base;

	@Setup(Level.Trial)
	public void setUp() {
		KnowledgeBase real = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		base = knowledge.equals("real") ? real : SyntheticKnowledge.of(real, 10_000, 42);
	}

	@Benchmark
	public MatchingEngine build() {
		return MatchingEngine.create(base, MatchingProperties.defaults());
	}
}
