package jp.chigasaki.kyodo.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;

/**
 * What the console shows of the initiatives (試行): groups without their members' LINE ids, applications without the
 * applicants' LINE ids. A switched-off feature answers 404.
 */
final class InitiativeViews {

	private InitiativeViews() {
	}

	/**
	 * What a form post did, passed to the page it redirects to as {@code ?done=…} (not as a flash attribute: the
	 * session lives in Redis as JSON and keeps no flash maps).
	 */
	enum Done {
		GROUP_UPDATED("団体の登録内容を更新しました。"), NEED_POSTED("協働の種を登録しました（確認待ち）。"),
		NEED_STATUS("協働の種の状態を変更しました。"), MEETING_PROPOSED("事前打ち合わせを提案し、両者に LINE でお知らせしました。"),
		MEETING_CHANGED("打ち合わせを更新しました。"), MEETING_ANSWERED("回答を記録しました。"), EVENT_CREATED("イベントを登録しました。");

		private final String text;

		Done(String text) {
			this.text = text;
		}

		static String text(Done done) {
			return done == null ? null : done.text;
		}
	}

	/** A feature coordinators switched off by configuration. */
	static void requireOn(boolean enabled) {
		if (!enabled) {
			throw new NoSuchElementException("この機能（試行）は現在停止しています。");
		}
	}

	record GroupView(long id, String name, String field, String fieldLabel, String area, String can, String want,
			String contact, Instant consentAt, Instant createdAt, Instant updatedAt, int members, boolean chatLinked) {

		static GroupView of(Group group) {
			return new GroupView(group.id(), group.name(), group.field().name(), group.field().label(), group.area(),
					group.can(), group.want(), group.contact(), group.consentAt(), group.createdAt(),
					group.updatedAt(), group.memberIds().size(), group.chatId() != null);
		}
	}

	/** A need without the poster's LINE id. */
	record NeedView(long id, String title, String field, String fieldLabel, String department, String want,
			String area, java.util.Set<jp.chigasaki.kyodo.needs.Need.Offer> offers, boolean costPossible, String period,
			String status, String statusLabel, String postedBy, Instant createdAt, Instant updatedAt) {

		static NeedView of(jp.chigasaki.kyodo.needs.Need need) {
			var d = need.draft();
			return new NeedView(need.id(), d.title(), d.field().name(), d.field().label(), d.department(), d.want(),
					d.area(), d.offers(), d.costPossible(), d.period(), need.status().name(), need.status().label(),
					need.postedBy(), need.createdAt(), need.updatedAt());
		}
	}

	record ApplicationView(int number, String role, String roleLabel, Long groupId, String groupName,
			Instant appliedAt) {
	}

	static List<ApplicationView> applications(List<Event.Application> applications, Groups groups) {
		Map<Long, String> names = groups.all().stream().collect(Collectors.toMap(Group::id, Group::name));
		Function<Long, String> name = id -> id == null ? "" : names.getOrDefault(id, "（削除された団体）");
		java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
		return applications.stream()
			.map(a -> new ApplicationView(number.incrementAndGet(), a.role().name(), a.role().label(), a.groupId(),
					name.apply(a.groupId()), a.at()))
			.toList();
	}

	/** RFC 4180 CSV with a header, UTF-8 with a BOM so that spreadsheet software reads the Japanese. */
	static String csv(List<ApplicationView> rows) {
		StringBuilder out = new StringBuilder("\uFEFF番号,区分,団体ID,団体名,申込日時\r\n");
		for (ApplicationView row : rows) {
			out.append(row.number())
				.append(',')
				.append(cell(row.roleLabel()))
				.append(',')
				.append(row.groupId() == null ? "" : row.groupId())
				.append(',')
				.append(cell(row.groupName()))
				.append(',')
				.append(row.appliedAt())
				.append("\r\n");
		}
		return out.toString();
	}

	static String cell(String value) {
		String safe = value == null ? "" : value;
		// A leading =, +, - or @ would run as a formula in a spreadsheet.
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("'")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
