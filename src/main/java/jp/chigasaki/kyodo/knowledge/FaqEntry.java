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
 */
public record FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
		String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
		boolean unknown, LocalDate validUntil, Location location) {

	/** An entry whose facts are not tied to a period. */
	public FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
			String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
			boolean unknown, Location location) {
		this(id, question, phrasings, answer, audience, category, departmentId, related, sources, reviewed, unknown,
				null, location);
	}

	public boolean visibleTo(Audience viewer) {
		return Audience.sees(viewer, audience);
	}
}
