package jp.chigasaki.kyodo.knowledge;

import java.util.Locale;
import java.util.Set;

/** Who may see an answer: civic group members, or registered city staff (who also see member answers). */
public enum Audience {
	MEMBER, STAFF;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a viewer may see something written for these audiences: staff also see what members see. */
	public static boolean sees(Audience viewer, Set<Audience> writtenFor) {
		return writtenFor.contains(viewer) || (viewer == STAFF && writtenFor.contains(MEMBER));
	}

	public static Audience fromKey(String key) {
		for (Audience audience : values()) {
			if (audience.key().equals(key)) {
				return audience;
			}
		}
		throw new IllegalArgumentException("unknown audience '" + key + "' (member or staff)");
	}
}
