package jp.chigasaki.kyodo.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;

/**
 * A large knowledge base for benchmarks, made of the real one's pieces: each synthetic entry joins two real
 * questions, three real phrasings and three real answer lines, drawn with a fixed seed, and keeps the real
 * departments, menu, intents, synonyms and user dictionary. Realistic vocabulary and lengths, any size.
 */
public final class SyntheticKnowledge {

	private SyntheticKnowledge() {
	}

	public static KnowledgeBase of(KnowledgeBase real, int size, long seed) {
		Random random = new Random(seed);
		List<String> questions = new ArrayList<>();
		List<String> phrasings = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		for (FaqEntry faq : real.faqs()) {
			questions.add(faq.question());
			phrasings.addAll(faq.phrasings());
			faq.answer().lines().filter(line -> !line.isBlank()).forEach(lines::add);
		}
		List<FaqEntry> faqs = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String question = pick(questions, random) + pick(questions, random);
			List<String> entryPhrasings = List.of(pick(phrasings, random), pick(phrasings, random),
					pick(phrasings, random));
			String answer = String.join("\n", pick(lines, random), pick(lines, random), pick(lines, random));
			Set<Audience> audience = random.nextInt(10) == 0 ? EnumSet.of(Audience.STAFF)
					: EnumSet.of(Audience.MEMBER, Audience.STAFF);
			String department = real.departments().get(random.nextInt(real.departments().size())).id();
			faqs.add(new FaqEntry("synthetic-" + i, question, entryPhrasings, answer, audience, "synthetic",
					department, List.of(), List.of(), LocalDate.EPOCH, false, new Location("synthetic", i + 1)));
		}
		return new KnowledgeBase(faqs, real.departments(), real.menu(), real.intents(), real.sources(),
				real.synonyms(), real.userDictionary());
	}

	private static String pick(List<String> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}
}
