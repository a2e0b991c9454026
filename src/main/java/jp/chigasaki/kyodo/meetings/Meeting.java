package jp.chigasaki.kyodo.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A 事前打ち合わせ between a department (through its need) and a group, set up by a coordinator who sits in the
 * middle. Each side answers with one of the date options or declines.
 *
 * @param groupAnswer the group's answer: null not yet, -1 declined, else the index of the accepted option
 * @param departmentAnswer the department's answer, the same way
 * @param chosen the option both accepted, null until confirmed
 * @param note the coordinator's note (not shown to the two sides)
 */
public record Meeting(long id, long needId, long groupId, List<LocalDateTime> options, Status status,
		Integer groupAnswer, Integer departmentAnswer, Integer chosen, String note, String proposedBy,
		Instant createdAt, Instant updatedAt) {

	public Meeting {
		options = List.copyOf(options);
	}

	/** 提案中, 日程調整中, 確定, 実施済, 見送り. */
	public enum Status {
		PROPOSED("提案中"), SCHEDULING("日程調整中"), CONFIRMED("確定"), DONE("実施済"), DECLINED("見送り");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Who answers a proposal. */
	public enum Side {
		GROUP("groupAnswer"), DEPARTMENT("departmentAnswer");

		final String hashField;

		Side(String hashField) {
			this.hashField = hashField;
		}
	}

	@Override
	public String toString() {
		return "Meeting[" + id + ", " + status + "]";
	}
}
