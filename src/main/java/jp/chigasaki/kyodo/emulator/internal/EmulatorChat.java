package jp.chigasaki.kyodo.emulator.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The conversations of the emulator page: a civic group member one-to-one, a registered staff member
 * one-to-one, a group chat of a civic group where the bot answers only when addressed, and the coordinators' group
 * that is told of new tickets ({@code kyodo.escalation.coordinator-group-id} in {@code application-local.yml}).
 */
enum EmulatorChat {

	MEMBER("member", "市民団体メンバー（1対1）", null, List.of(Persona.MEMBER)),
	STAFF("staff", "市職員（1対1）", null, List.of(Persona.STAFF)),
	GROUP("group", "グループ「浜見平こども食堂 運営」", "Cbce1fe3be18b795895072eb071d03ea4",
			List.of(Persona.MEMBER, Persona.SUZUKI, Persona.TAKAHASHI)),
	COORDINATORS("coordinators", "コーディネーターのグループ", "C7dfabeb17f4a9035b7b46e7117437aa0",
			List.of(Persona.CITY_COORDINATOR, Persona.CENTER_COORDINATOR));

	private final String key;
	private final String title;
	private final String groupId;
	private final List<Persona> speakers;

	EmulatorChat(String key, String title, String groupId, List<Persona> speakers) {
		this.key = key;
		this.title = title;
		this.groupId = groupId;
		this.speakers = speakers;
	}

	static Optional<EmulatorChat> byKey(String key) {
		return Stream.of(values()).filter(chat -> chat.key.equals(key)).findFirst();
	}

	String key() {
		return key;
	}

	String title() {
		return title;
	}

	boolean isGroup() {
		return groupId != null;
	}

	/** Where the bot's replies and pushes to this conversation go: the group id, or the user id one-to-one. */
	String chatId() {
		return isGroup() ? groupId : speakers.get(0).userId();
	}

	List<Persona> speakers() {
		return speakers;
	}

	Persona speaker(String userId) {
		return speakers.stream().filter(p -> p.userId().equals(userId)).findFirst().orElse(speakers.get(0));
	}
}
