package jp.chigasaki.kyodo.needs;

import java.time.Instant;
import java.util.Set;

import jp.chigasaki.kyodo.groups.Field;

/**
 * A department's need (協働の種): what the department wants to do with civic groups and what it can offer. Only
 * published needs are shown to members.
 *
 * @param posterId the LINE user id of the staff member who posted it in LINE (asked to confirm meetings), null when a
 *        coordinator posted it in the console; never shown or logged
 */
public record Need(long id, Draft draft, Status status, String postedBy, String posterId, Instant createdAt,
		Instant updatedAt) {

	/** 確認待ち (a coordinator reviews it), 公開中, 終了. */
	public enum Status {
		DRAFT("確認待ち"), PUBLISHED("公開中"), CLOSED("終了");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What the department can offer a group (場所, 後援, 共催, 情報). */
	public enum Offer {
		PLACE("場所"), ENDORSEMENT("後援"), COHOSTING("共催"), INFORMATION("情報");

		private final String label;

		Offer(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * The content of a need as staff fill it in.
	 *
	 * @param want what the department wants to do with groups
	 * @param area where (対象地域), 市内全域 when it is the whole city
	 * @param costPossible whether the department can bear some cost (費用: なし／相談可)
	 * @param period when (期間), free text such as 「2026年度」
	 */
	public record Draft(String title, Field field, String department, String want, String area, Set<Offer> offers,
			boolean costPossible, String period) {

		public Draft {
			title = required(title, "タイトル", 100);
			if (field == null) {
				throw new IllegalArgumentException("分野を選んでください。");
			}
			department = required(department, "担当課", 100);
			want = required(want, "やりたいこと", 1000);
			area = area == null || area.isBlank() ? "市内全域" : required(area, "対象地域", 100);
			offers = offers == null ? Set.of() : Set.copyOf(offers);
			period = period == null || period.isBlank() ? "未定" : required(period, "期間", 100);
		}

		/** Searchable text (for match suggestions). */
		public String text() {
			return title + "\n" + want + "\n" + area;
		}

		private static String required(String value, String label, int max) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(label + "を入力してください。");
			}
			String stripped = value.strip();
			if (stripped.codePointCount(0, stripped.length()) > max) {
				throw new IllegalArgumentException(label + "は" + max + "文字以内で入力してください。");
			}
			return stripped;
		}
	}

	@Override
	public String toString() {
		return "Need[" + id + ", " + status + "]";
	}
}
