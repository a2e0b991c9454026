package jp.chigasaki.kyodo.announcements;

import java.time.Instant;
import java.util.Set;

import jp.chigasaki.kyodo.groups.Field;

/** Published (Spring application event) after an announcement went out. Counts only: no text, no LINE id. */
public record AnnouncementSent(Instant at, long announcementId, Set<Field> fields, int recipients, int delivered) {

	public AnnouncementSent {
		fields = Set.copyOf(fields);
	}
}
