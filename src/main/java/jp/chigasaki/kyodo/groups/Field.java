package jp.chigasaki.kyodo.groups;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed list of 分野 that groups, needs, events and announcements share (a group picks one in LINE, a member
 * subscribes to several). The labels are what users see and tap.
 */
public enum Field {

	WELFARE("福祉"), CHILDREN("子ども・子育て"), EDUCATION("教育・学習"), COMMUNITY("まちづくり・地域"),
	ENVIRONMENT("環境"), DISASTER("防災・防犯"), CULTURE("文化・芸術・スポーツ"), INTERNATIONAL("国際・多文化共生"),
	HEALTH("健康・医療"), INDUSTRY("観光・産業"), OTHER("その他");

	private final String label;

	Field(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The field whose name or label is {@code text} (as tapped in LINE or sent by the API). */
	public static Optional<Field> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		return Arrays.stream(values())
			.filter(field -> field.name().equalsIgnoreCase(value) || field.label.equals(value))
			.findFirst();
	}
}
