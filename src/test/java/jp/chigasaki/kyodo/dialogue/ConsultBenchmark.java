package jp.chigasaki.kyodo.dialogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Latency of the whole reply to a who-to-consult question (message understanding, classification, the directory
 * lookup, the reply) on one thread, sampled, on the real knowledge; questions cycle through every phrasing that asks
 * where or whom to turn to. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx256m" })
@Threads(1)
public class ConsultBenchmark {

	private static final Pattern ASKS_WHERE = Pattern.compile("どこ|どちら|担当|窓口|相談先|誰に|だれに|(?i:which|who)");

	private DialoguePolicy policy;
	private List<String> questions;
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		KnowledgeBase knowledge = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		policy = new DialoguePolicy(() -> knowledge, MatchingEngine.create(knowledge, MatchingProperties.defaults()),
				DialogueProperties.defaults());
		questions = new ArrayList<>();
		for (FaqEntry faq : knowledge.faqs()) {
			faq.phrasings().stream().filter(p -> ASKS_WHERE.matcher(p).find()).forEach(questions::add);
		}
	}

	@Benchmark
	public Reply answer() {
		next = (next + 1) % questions.size();
		return policy.answer(questions.get(next), Audience.MEMBER, ConversationState.NEW);
	}
}
