package jp.chigasaki.kyodo.events;

import java.time.LocalDateTime;
import java.util.List;

import jp.chigasaki.kyodo.groups.Field;

/**
 * A 分野別発表会・交流会 (or another event) run by the coordinators.
 *
 * @param id 0 for an event not stored yet
 * @param presentations whether groups may apply to present
 * @param departments the departments that explain (説明担当課)
 * @param published shown in LINE, on {@code /events} and in {@code /events.ics}
 */
public record Event(long id, String title, Field field, LocalDateTime startsAt, LocalDateTime endsAt, String place,
		int capacity, String description, boolean presentations, List<String> departments, boolean published) {

	public Event {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("テーマ（タイトル）を入力してください。");
		}
		if (field == null) {
			throw new IllegalArgumentException("分野を選んでください。");
		}
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("開始と終了の日時を正しく入力してください（終了は開始より後）。");
		}
		if (place == null || place.isBlank()) {
			throw new IllegalArgumentException("場所を入力してください。");
		}
		if (capacity < 1 || capacity > 10_000) {
			throw new IllegalArgumentException("定員は1〜10000で入力してください。");
		}
		title = title.strip();
		place = place.strip();
		description = description == null ? "" : description.strip();
		departments = departments == null ? List.of()
				: departments.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("yyyy年M月d日（E）H:mm", java.util.Locale.JAPANESE);
	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("H:mm");

	/** When it takes place, as people read it: 2026年7月1日（水）14:00〜16:00. */
	public String when() {
		return DAY.format(startsAt) + "〜" + TIME.format(endsAt);
	}

	/** Someone's application: to attend or to present (with their group). */
	public record Application(String applicant, Role role, Long groupId, String name, java.time.Instant at) {
	}

	public enum Role {
		ATTEND("参加"), PRESENT("発表");

		private final String label;

		Role(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Override
	public String toString() {
		return "Event[" + id + ", " + field + "]";
	}
}
