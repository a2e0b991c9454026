package jp.chigasaki.kyodo.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Heap used while serving: builds the engine for the real and for a synthetic knowledge base of the given size,
 * answers every real phrasing once, collects garbage and prints the used heap. Run with {@code -Xmx256m} (it then
 * also proves the engine fits): see docs/benchmarks.md.
 */
public final class ServingHeap {

	private static final double MIB = 1024 * 1024;

	private ServingHeap() {
	}

	public static void main(String[] args) {
		int size = Integer.parseInt(args.length > 0 ? args[0] : "10000");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = usedAfterGc(memory);
		KnowledgeBase real = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		KnowledgeBase base = size == 0 ? real : SyntheticKnowledge.of(real, size, 42);
		MatchingEngine engine = MatchingEngine.create(base, MatchingProperties.defaults());
		int answered = 0;
		for (FaqEntry faq : real.faqs()) {
			for (String phrasing : faq.phrasings()) {
				answered += engine.classify(phrasing, Audience.MEMBER).candidates().isEmpty() ? 0 : 1;
			}
		}
		long after = usedAfterGc(memory);
		// the engine is used again after measuring, so it cannot have been collected before
		int stillServing = engine.rank("げんき基金", 1).size();
		System.out.printf(Locale.ROOT, "entries=%d answered=%d served=%d heapUsedMiB=%.1f (engine and knowledge %.1f)"
				+ " maxMiB=%.0f%n", base.faqs().size(), answered, stillServing, after / MIB, (after - before) / MIB,
				memory.getHeapMemoryUsage().getMax() / MIB);
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
