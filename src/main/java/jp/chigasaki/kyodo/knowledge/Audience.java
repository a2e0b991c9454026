package jp.chigasaki.kyodo.knowledge;

import java.util.Locale;

/** Who may see an answer: civic group members, or registered city staff (who also see member answers). */
public enum Audience {
	MEMBER, STAFF;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
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
