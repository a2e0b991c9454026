package jp.chigasaki.kyodo.groups;

import java.time.Instant;
import java.util.Set;

/**
 * A registered civic activity group (団体). Holds personal data: it exists only with the members' consent to share
 * it with city departments ({@code consentAt}) and is erased when deleted.
 *
 * @param can what the group can do (できること)
 * @param want what it wants to do or is struggling with (やりたいこと・困りごと)
 * @param contact how it prefers to be contacted (LINE, メール, 電話 …), as the member wrote it
 * @param memberIds the LINE user ids of the members who registered or joined; never shown or logged
 * @param chatId the LINE group chat linked to the group, null when none
 */
public record Group(long id, String name, Field field, String area, String can, String want, String contact,
		Instant consentAt, Instant createdAt, Instant updatedAt, Set<String> memberIds, String chatId) {

	public Group {
		memberIds = Set.copyOf(memberIds);
	}

	/** The editable part of a group, as a member or a coordinator fills it in. */
	public record Profile(String name, Field field, String area, String can, String want, String contact) {

		static final int MAX_NAME = 100;
		static final int MAX_TEXT = 1000;

		/** @throws IllegalArgumentException with a message for the user when a value is missing or too long */
		public Profile {
			name = required(name, "団体名", MAX_NAME);
			if (field == null) {
				throw new IllegalArgumentException("分野を選んでください。");
			}
			area = required(area, "活動地域", MAX_NAME);
			can = required(can, "できること", MAX_TEXT);
			want = required(want, "やりたいこと・困りごと", MAX_TEXT);
			contact = required(contact, "連絡方法", MAX_NAME);
		}

		/** Searchable text of the profile (for match suggestions). */
		public String text() {
			return name + "\n" + area + "\n" + can + "\n" + want;
		}

		static String required(String value, String label, int max) {
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

	public Profile profile() {
		return new Profile(name, field, area, can, want, contact);
	}

	@Override
	public String toString() {
		return "Group[" + id + ", " + field + "]";
	}
}
