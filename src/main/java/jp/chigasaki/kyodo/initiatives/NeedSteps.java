package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/**
 * A staff member posts a department's need in LINE: タイトル → 分野 → 担当課 → やりたいこと → 提供できること (toggle,
 * then 次へ) → 費用 → 期間 → 登録. Each answer is checked the way {@code Need.Draft} checks it.
 */
final class NeedSteps {

	private static final String P = NeedFlow.PREFIX + "s:";

	private NeedSteps() {
	}

	record State(String step, String title, Field field, String department, String want, Set<Need.Offer> offers,
			Boolean cost, String period) {

		State with(String next) {
			return new State(next, title, field, department, want, offers, cost, period);
		}
	}

	static Step begin() {
		return ask(new State("TITLE", null, null, null, null, EnumSet.noneOf(Need.Offer.class), null, null),
				"協働の種（市の担当課が団体と一緒に取り組みたいこと）を登録します。市民自治推進課が確認してから公開します。");
	}

	static Step ask(State s, String before) {
		String p = before == null ? "" : before + "\n";
		String json = StateJson.write(s);
		return switch (s.step()) {
			case "TITLE" -> Step.next(json, p + "1/7 タイトルを教えてください（例：海岸清掃を一緒に）。", List.of());
			case "FIELD" -> Step.next(json, p + "2/7 分野を選んでください。", FieldButtons.of(P + "field:"));
			case "DEPARTMENT" -> Step.next(json, p + "3/7 担当課の名前を教えてください。", List.of());
			case "WANT" -> Step.next(json, p + "4/7 団体と一緒にやりたいことを教えてください。", List.of());
			case "OFFERS" -> Step.next(json, p + "5/7 市が提供できるものを選び、最後に「次へ」を押してください。選択中: "
					+ (s.offers().isEmpty() ? "なし" : s.offers().stream().map(Need.Offer::label).collect(Collectors.joining("、"))),
					offerButtons(s));
			case "COST" -> Step.next(json, p + "6/7 費用の負担は相談できますか？",
					List.of(QuickReply.postback("なし", P + "cost:no"), QuickReply.postback("相談可", P + "cost:yes")));
			case "PERIOD" -> Step.next(json, p + "7/7 期間を教えてください（例：2026年度、未定）。", List.of());
			default -> Step.next(json, p + summary(s) + "\n\nこの内容で登録しますか？（公開前に市民自治推進課が確認します）",
					List.of(QuickReply.postback("登録する", P + "confirm")));
		};
	}

	static Step answer(Turn turn, State s, Needs needs) {
		String a = turn.answer(P);
		try {
			return switch (s.step()) {
				case "TITLE" -> ask(new State("FIELD", check(a, "タイトル", 100), null, null, null, s.offers(), null, null), null);
				case "FIELD" -> Field.parse(a.replace("field:", ""))
					.map(f -> ask(new State("DEPARTMENT", s.title(), f, null, null, s.offers(), null, null), null))
					.orElseGet(() -> ask(s, "ボタンから分野を選んでください。"));
				case "DEPARTMENT" -> ask(new State("WANT", s.title(), s.field(), check(a, "担当課", 100), null, s.offers(),
						null, null), null);
				case "WANT" -> ask(new State("OFFERS", s.title(), s.field(), s.department(), check(a, "やりたいこと", 1000),
						s.offers(), null, null), null);
				case "OFFERS" -> offers(s, a);
				case "COST" -> a.startsWith("cost:") ? ask(new State("PERIOD", s.title(), s.field(), s.department(),
						s.want(), s.offers(), a.equals("cost:yes"), null), null) : ask(s, "ボタンから選んでください。");
				case "PERIOD" -> ask(new State("CONFIRM", s.title(), s.field(), s.department(), s.want(), s.offers(),
						s.cost(), check(a, "期間", 100)), null);
				default -> confirm(turn, s, a, needs);
			};
		}
		catch (IllegalArgumentException ex) {
			return ask(s, ex.getMessage());
		}
	}

	private static Step offers(State s, String a) {
		if (a.equals("next")) {
			return ask(s.with("COST"), null);
		}
		Set<Need.Offer> offers = EnumSet.noneOf(Need.Offer.class);
		offers.addAll(s.offers());
		for (Need.Offer offer : Need.Offer.values()) {
			if (a.equals("offer:" + offer.name()) && !offers.remove(offer)) {
				offers.add(offer);
			}
		}
		return ask(new State("OFFERS", s.title(), s.field(), s.department(), s.want(), offers, null, null), null);
	}

	private static Step confirm(Turn turn, State s, String a, Needs needs) {
		if (!a.equals("confirm")) {
			return ask(s, "「登録する」を押すか、「やめる」と送ってください。");
		}
		Need need = needs.post(new Need.Draft(s.title(), s.field(), s.department(), s.want(), null, s.offers(),
				Boolean.TRUE.equals(s.cost()), s.period()), "line-staff", turn.userId(), turn.eventKey());
		return Step.done("協働の種 #" + need.id() + " を登録しました（確認待ち）。市民自治推進課が確認してから公開します。「登録した協働の種」で状況を確認できます。",
				List.of());
	}

	private static List<QuickReply> offerButtons(State s) {
		List<QuickReply> buttons = new ArrayList<>();
		for (Need.Offer offer : Need.Offer.values()) {
			buttons.add(QuickReply.postback((s.offers().contains(offer) ? "✓" : "") + offer.label(),
					P + "offer:" + offer.name()));
		}
		buttons.add(QuickReply.postback("次へ", P + "next"));
		return buttons;
	}

	private static String check(String value, String label, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(label + "を文字で入力してください。");
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			throw new IllegalArgumentException(label + "は" + max + "文字以内で入力してください。");
		}
		return stripped;
	}

	static String summary(State s) {
		return "【確認】\nタイトル: " + s.title() + "\n分野: " + s.field().label() + "\n担当課: " + s.department()
				+ "\nやりたいこと: " + s.want() + "\n提供できること: "
				+ (s.offers().isEmpty() ? "なし" : s.offers().stream().map(Need.Offer::label).collect(Collectors.joining("、")))
				+ "\n費用: " + (Boolean.TRUE.equals(s.cost()) ? "相談可" : "なし") + "\n期間: " + s.period();
	}
}
