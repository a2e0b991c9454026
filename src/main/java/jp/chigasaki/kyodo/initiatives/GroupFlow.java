package jp.chigasaki.kyodo.initiatives;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;

/**
 * 団体登録 in LINE (試行): 団体名 → 分野 → 活動地域 → できること → やりたいこと・困りごと → 連絡方法 → consent to share
 * with city departments; 「登録内容」 shows and edits it, 「登録を削除」 erases it; in a group chat a member links the
 * chat to their group (「団体登録」) and others join it (「団体に参加」).
 */
final class GroupFlow implements Flow {

	static final String PREFIX = "grp:";
	private static final List<QuickReply> CONTACTS = List.of(QuickReply.message("LINE", "LINE"),
			QuickReply.message("メール", "メール"), QuickReply.message("電話", "電話"));
	private static final List<QuickReply> CONSENT = List.of(QuickReply.postback("同意して登録", PREFIX + "consent:yes"),
			QuickReply.postback("同意しない", PREFIX + "consent:no"));

	private final Groups groups;

	GroupFlow(Groups groups) {
		this.groups = groups;
	}

	/** The flow's state: the step and the answers so far; {@code editId} when an existing group is edited. */
	record State(String step, String name, Field field, String area, String can, String want, String contact,
			Long editId) {

		State with(String nextStep) {
			return new State(nextStep, name, field, area, can, want, contact, editId);
		}
	}

	@Override
	public String name() {
		return "group";
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public boolean enabled() {
		return groups.enabled();
	}

	@Override
	public boolean starts(Turn turn) {
		return turn.said("団体登録", "登録内容", "登録を削除", "団体に参加") || turn.tapped(PREFIX);
	}

	@Override
	public Step step(Turn turn, String json) {
		if (json == null) {
			return start(turn);
		}
		State state = StateJson.read(json, State.class);
		return switch (state.step()) {
			case "DELETE" -> delete(turn);
			case "LINK" -> link(turn, state);
			case "JOIN" -> join(turn, state);
			default -> RegistrationSteps.answer(turn, state, this::finish);
		};
	}

	private Step start(Turn turn) {
		Optional<Group> mine = groups.of(turn.userId());
		if (turn.groupChat()) {
			return startInGroupChat(turn, mine);
		}
		if (turn.said("登録内容") || turn.tapped(PREFIX + "show")) {
			return mine.map(GroupFlow::show).orElseGet(GroupFlow::notRegistered);
		}
		if (turn.said("登録を削除") || turn.tapped(PREFIX + "delete")) {
			return mine.isEmpty() ? notRegistered()
					: Step.next(StateJson.write(new State("DELETE", null, null, null, null, null, null, null)),
							"「" + mine.get().name() + "」の登録を削除します。市の担当課との共有もやめ、登録内容はすべて消去されます。よろしいですか？",
							List.of(QuickReply.postback("削除する", PREFIX + "delete:yes")));
		}
		if (turn.tapped(PREFIX + "edit") && mine.isPresent()) {
			Group group = mine.get();
			State state = new State("NAME", group.name(), group.field(), group.area(), group.can(), group.want(),
					group.contact(), group.id());
			return RegistrationSteps.ask(state, "登録内容を変更します。");
		}
		if (mine.isPresent()) {
			return show(mine.get());
		}
		return RegistrationSteps.ask(new State("NAME", null, null, null, null, null, null, null),
				"団体登録（試行）を始めます。6つの質問にお答えください。最後に、市の担当課と共有することへの同意をお伺いします。途中でやめるときは「やめる」と送ってください。");
	}

	private Step startInGroupChat(Turn turn, Optional<Group> mine) {
		if (turn.said("団体に参加")) {
			Optional<Group> linked = groups.of(turn.chatId());
			if (linked.isEmpty()) {
				return Step.done("このグループはまだ団体と紐付けられていません。団体の代表の方が「団体登録」と送ってください。", List.of());
			}
			return Step.next(StateJson.write(new State("JOIN", null, null, null, null, null, null, linked.get().id())),
					"団体「" + linked.get().name() + "」のメンバーとして登録します。団体の登録内容は市の担当課と共有されます。同意しますか？",
					CONSENT);
		}
		if (mine.isEmpty()) {
			return Step.done("団体登録は、個別のトーク（1対1）で「団体登録」と送って行ってください。登録後、このグループで「団体登録」と送ると、グループを団体に紐付けられます。",
					List.of());
		}
		return Step.next(StateJson.write(new State("LINK", null, null, null, null, null, null, mine.get().id())),
				"このグループを団体「" + mine.get().name() + "」に紐付けますか？", List.of(QuickReply.postback("紐付ける",
						PREFIX + "link:yes")));
	}

	private Step finish(Turn turn, State state, boolean consented) {
		if (!consented) {
			return Step.done("同意をいただけなかったため、登録しませんでした。入力いただいた内容は保存していません。", List.of());
		}
		Group.Profile profile = new Group.Profile(state.name(), state.field(), state.area(), state.can(),
				state.want(), state.contact());
		if (state.editId() != null) {
			return show(groups.update(state.editId(), profile), "登録内容を更新しました。");
		}
		// A turn may run twice (after a crash): the second run finds the group the first one stored.
		Optional<Group> stored = groups.of(turn.userId());
		Group group = stored.isPresent() ? stored.get() : groups.register(profile, turn.userId(), true);
		return show(group, "団体「" + group.name() + "」を登録しました。ご協力ありがとうございます。");
	}

	private Step delete(Turn turn) {
		Optional<Group> mine = groups.of(turn.userId());
		if (!turn.tapped(PREFIX + "delete:yes") || mine.isEmpty()) {
			return Step.done("削除しませんでした。", List.of());
		}
		groups.delete(mine.get().id());
		return Step.done("団体の登録を削除しました。登録内容はすべて消去しました。", List.of());
	}

	private Step link(Turn turn, State state) {
		if (!turn.tapped(PREFIX + "link:yes")) {
			return Step.done("紐付けませんでした。", List.of());
		}
		Group group = groups.linkChat(state.editId(), turn.chatId());
		return Step.done("このグループを団体「" + group.name() + "」に紐付けました。メンバーの方は「団体に参加」と送ると団体のメンバーになれます。",
				List.of());
	}

	private Step join(Turn turn, State state) {
		if (!turn.tapped(PREFIX + "consent:yes")) {
			return Step.done("参加の登録はしませんでした。", List.of());
		}
		if (groups.of(turn.userId()).isPresent()) {
			return Step.done("すでに団体のメンバーとして登録されています。", List.of());
		}
		Group group = groups.join(state.editId(), turn.userId());
		return Step.done("団体「" + group.name() + "」のメンバーとして登録しました。", List.of());
	}

	static Step show(Group group) {
		return show(group, null);
	}

	static Step show(Group group, String before) {
		return Step.done(Stream.of(before, "【登録内容】\n団体名: " + group.name() + "\n分野: " + group.field().label() + "\n活動地域: "
				+ group.area() + "\nできること: " + group.can() + "\nやりたいこと・困りごと: " + group.want() + "\n連絡方法: "
				+ group.contact() + "\nメンバー: " + group.memberIds().size() + "人").filter(Objects::nonNull).toList(),
				List.of(QuickReply.postback("変更する", PREFIX + "edit"), QuickReply.postback("登録を削除", PREFIX + "delete")));
	}

	private static Step notRegistered() {
		return Step.done("団体はまだ登録されていません。登録するときは「団体登録」と送ってください。",
				List.of(QuickReply.message("団体登録", "団体登録")));
	}

	static List<QuickReply> contacts() {
		return CONTACTS;
	}

	static List<QuickReply> consent() {
		return CONSENT;
	}
}
