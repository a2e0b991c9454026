package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One question the bot can answer.
 *
 * @param unknown the answer says that a fact is not known and names the contact; the bot also offers a coordinator
 * @param validUntil the last day the answer's facts hold (the end of the fiscal year they belong to); null when the
 * facts are not tied to a period
 * @param english the question in a short line of English (a translation, no facts of its own), shown to people who
 * write in English beside the Japanese title; null when the entry has none. It is not searched: English questions
 * are understood through the glossary
 */
public record FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
		String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
		boolean unknown, LocalDate validUntil, Location location, String english) {

	/** An entry without an English title. */
	public FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
			String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
			boolean unknown, LocalDate validUntil, Location location) {
		this(id, question, phrasings, answer, audience, category, departmentId, related, sources, reviewed, unknown,
				validUntil, location, null);
	}

	/** An entry whose facts are not tied to a period. */
	public FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
			String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
			boolean unknown, Location location) {
		this(id, question, phrasings, answer, audience, category, departmentId, related, sources, reviewed, unknown,
				null, location, null);
	}

	public boolean visibleTo(Audience viewer) {
		return Audience.sees(viewer, audience);
	}
}
