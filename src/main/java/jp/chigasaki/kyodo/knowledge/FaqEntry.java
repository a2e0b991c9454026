package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One question the bot can answer.
 *
 * @param unknown the answer says that a fact is not known and names the contact; the bot also offers a coordinator
 */
public record FaqEntry(String id, String question, List<String> phrasings, String answer, Set<Audience> audience,
		String category, String departmentId, List<String> related, List<String> sources, LocalDate reviewed,
		boolean unknown, Location location) {

	public boolean visibleTo(Audience viewer) {
		return audience.contains(viewer) || (viewer == Audience.STAFF && audience.contains(Audience.MEMBER));
	}
}
