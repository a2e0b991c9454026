package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/**
 * 協働の種 in LINE (試行). Members: 「協働の種」 → a field → the published needs with 「関心あり」 (recorded for their
 * group; the coordinators see it on the need). Staff (configured staff ids only): 「協働の種を登録」 walks through a
 * department's need (see {@link NeedSteps}); it waits for a coordinator's review; 「登録した協働の種」 lists their own.
 */
final class NeedFlow implements Flow {

	static final String PREFIX = "need:";
	private static final int SHOWN = 5;

	private final Needs needs;
	private final Groups groups;
	private final InterestTickets tickets;

	NeedFlow(Needs needs, Groups groups, InterestTickets tickets) {
		this.needs = needs;
		this.groups = groups;
		this.tickets = tickets;
	}

	/** Opens a coordinator ticket (kind マッチング) for a group's interest in a need, once per turn. */
	@FunctionalInterface
	interface InterestTickets {

		/** @return the ticket number */
		long open(Turn turn, Need need, Group group);
	}

	@Override
	public String name() {
		return "need";
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public boolean enabled() {
		return needs.enabled();
	}

	@Override
	public boolean starts(Turn turn) {
		return turn.said("協働の種", "協働の種を登録", "登録した協働の種") || turn.tapped(PREFIX);
	}

	@Override
	public Step step(Turn turn, String state) {
		if (state != null) {
			return NeedSteps.answer(turn, StateJson.read(state, NeedSteps.State.class), needs);
		}
		String action = turn.answer(PREFIX);
		if (turn.said("協働の種を登録") || action.equals("post")) {
			return turn.staff() ? NeedSteps.begin() : Step.done("協働の種の登録は、登録された市の職員の方のみご利用いただけます。", List.of());
		}
		if (turn.said("登録した協働の種") || action.equals("mine")) {
			return turn.staff() ? mine(turn) : Step.done("市の職員の方のみご利用いただけます。", List.of());
		}
		if (action.startsWith("interest:") && action.substring(9).matches("\\d{1,18}")) {
			return interest(turn, Long.parseLong(action.substring(9)));
		}
		if (action.startsWith("field:")) {
			return list(Field.parse(action.substring(6)).orElse(null));
		}
		return Step.done("【協働の種（試行）】市の担当課が市民活動団体と一緒に取り組みたいことです。分野を選んでください。",
				withAll(FieldButtons.of(PREFIX + "field:")));
	}

	private Step list(Field field) {
		List<Need> shown = needs.published(field).stream().limit(SHOWN).toList();
		if (shown.isEmpty()) {
			return Step.done("この分野で公開中の協働の種はまだありません。新しい協働の種のお知らせを受け取るには「お知らせ設定」と送ってください。",
					List.of(QuickReply.message("お知らせ設定", "お知らせ設定")));
		}
		StringBuilder text = new StringBuilder("【協働の種】" + (field == null ? "すべての分野" : field.label()));
		List<QuickReply> buttons = new ArrayList<>();
		for (Need need : shown) {
			Need.Draft d = need.draft();
			text.append("\n\n#").append(need.id()).append(" ").append(d.title()).append("（").append(d.department())
				.append("）\n").append(d.want()).append("\n市が提供できること: ")
				.append(d.offers().isEmpty() ? "なし" : String.join("、", d.offers().stream().map(Need.Offer::label).toList()))
				.append(" ・ 費用: ").append(d.costPossible() ? "相談可" : "なし").append(" ・ 期間: ").append(d.period());
			buttons.add(QuickReply.postback("関心あり #" + need.id(), PREFIX + "interest:" + need.id()));
		}
		return Step.done(text.toString(), buttons);
	}

	private Step interest(Turn turn, long needId) {
		Optional<Group> group = groups.enabled() ? groups.of(turn.groupChat() ? turn.chatId() : turn.userId())
				: Optional.empty();
		if (group.isEmpty()) {
			return Step.done("「関心あり」は団体登録をした方がお使いいただけます。「団体登録」と送って登録してください。",
					List.of(QuickReply.message("団体登録", "団体登録")));
		}
		try {
			needs.interest(needId, group.get().id());
			long ticket = tickets.open(turn, needs.get(needId), group.get());
			return Step.done("「関心あり」を市民自治推進課にお伝えしました（受付番号 #" + ticket
					+ "）。担当者が内容を整理し、事前打ち合わせをご提案する場合はLINEでお知らせします。", List.of());
		}
		catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
			return Step.done("この協働の種は現在公開されていません。", List.of());
		}
	}

	private Step mine(Turn turn) {
		List<Need> mine = needs.postedBy(turn.userId());
		if (mine.isEmpty()) {
			return Step.done("登録した協働の種はありません。「協働の種を登録」で登録できます。", List.of());
		}
		StringBuilder text = new StringBuilder("【登録した協働の種】");
		mine.forEach(need -> text.append("\n#").append(need.id()).append(" ").append(need.draft().title())
			.append("（").append(need.status().label()).append("）"));
		return Step.done(text.toString(), List.of());
	}

	private static List<QuickReply> withAll(List<QuickReply> fields) {
		List<QuickReply> all = new ArrayList<>(fields);
		all.add(QuickReply.postback("すべて", PREFIX + "field:all"));
		return all;
	}
}
