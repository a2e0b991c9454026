package jp.chigasaki.kyodo.initiatives;

import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;

/**
 * The questions of 団体登録 in order, each answer checked the way {@code Group.Profile} checks it: a bad answer is
 * asked again with the reason, nothing is lost.
 */
final class RegistrationSteps {

	private static final int MAX_SHORT = 100;
	private static final int MAX_LONG = 1000;

	private RegistrationSteps() {
	}

	/** What happens after the consent question. */
	@FunctionalInterface
	interface Finish {

		Step apply(Turn turn, GroupFlow.State state, boolean consented);
	}

	static Step ask(GroupFlow.State state, String before) {
		String prefix = before == null ? "" : before + "\n";
		String keep = state.editId() == null ? "" : "（変更しない場合は「そのまま」）";
		List<QuickReply> same = state.editId() == null ? List.of() : List.of(QuickReply.message("そのまま", "そのまま"));
		String json = StateJson.write(state);
		return switch (state.step()) {
			case "NAME" -> Step.next(json, prefix + "1/6 団体名を教えてください。" + keep, same);
			case "FIELD" -> Step.next(json, prefix + "2/6 主な活動分野を選んでください。", FieldButtons.of(GroupFlow.PREFIX
					+ "field:"));
			case "AREA" -> Step.next(json, prefix + "3/6 主な活動地域を教えてください（例：南湖、市内全域）。" + keep, same);
			case "CAN" -> Step.next(json, prefix + "4/6 団体としてできること（得意なこと）を教えてください。" + keep, same);
			case "WANT" -> Step.next(json, prefix + "5/6 やりたいこと・困りごとを教えてください。" + keep, same);
			case "CONTACT" -> Step.next(json, prefix + "6/6 ご希望の連絡方法を選ぶか、入力してください。", GroupFlow.contacts());
			default -> Step.next(json, prefix + summary(state)
					+ "\n\nこの内容を、協働の相手を探すために茅ヶ崎市の担当課（市民自治推進課・サポセンを含む）と共有してよろしいですか？同意いただけない場合は登録しません。"
					+ "登録後はいつでも「登録内容」で確認・変更し、「登録を削除」で消去できます。", GroupFlow.consent());
		};
	}

	static Step answer(Turn turn, GroupFlow.State state, Finish finish) {
		if (state.step().equals("CONSENT")) {
			if (turn.tapped(GroupFlow.PREFIX + "consent:")) {
				return finish.apply(turn, state, turn.tapped(GroupFlow.PREFIX + "consent:yes"));
			}
			return ask(state, "「同意して登録」か「同意しない」を選んでください。");
		}
		boolean keep = state.editId() != null && turn.said("そのまま");
		String answer = turn.answer(GroupFlow.PREFIX + "field:");
		return switch (state.step()) {
			case "NAME" -> text(keep ? state.name() : answer, MAX_SHORT)
				.map(value -> ask(withName(state, value).with("FIELD"), null))
				.orElseGet(() -> retry(state, "団体名", MAX_SHORT));
			case "FIELD" -> Field.parse(answer)
				.map(field -> ask(new GroupFlow.State("AREA", state.name(), field, state.area(), state.can(),
						state.want(), state.contact(), state.editId()), null))
				.orElseGet(() -> ask(state, "ボタンから分野を選んでください。"));
			case "AREA" -> text(keep ? state.area() : answer, MAX_SHORT)
				.map(value -> ask(new GroupFlow.State("CAN", state.name(), state.field(), value, state.can(),
						state.want(), state.contact(), state.editId()), null))
				.orElseGet(() -> retry(state, "活動地域", MAX_SHORT));
			case "CAN" -> text(keep ? state.can() : answer, MAX_LONG)
				.map(value -> ask(new GroupFlow.State("WANT", state.name(), state.field(), state.area(), value,
						state.want(), state.contact(), state.editId()), null))
				.orElseGet(() -> retry(state, "できること", MAX_LONG));
			case "WANT" -> text(keep ? state.want() : answer, MAX_LONG)
				.map(value -> ask(new GroupFlow.State("CONTACT", state.name(), state.field(), state.area(),
						state.can(), value, state.contact(), state.editId()), null))
				.orElseGet(() -> retry(state, "やりたいこと・困りごと", MAX_LONG));
			default -> text(answer, MAX_SHORT)
				.map(value -> ask(new GroupFlow.State("CONSENT", state.name(), state.field(), state.area(),
						state.can(), state.want(), value, state.editId()), null))
				.orElseGet(() -> retry(state, "連絡方法", MAX_SHORT));
		};
	}

	private static Optional<String> text(String value, int max) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String stripped = value.strip();
		return stripped.codePointCount(0, stripped.length()) > max ? Optional.empty() : Optional.of(stripped);
	}

	private static Step retry(GroupFlow.State state, String label, int max) {
		return ask(state, label + "を" + max + "文字以内で入力してください（文字のメッセージでお送りください）。");
	}

	private static GroupFlow.State withName(GroupFlow.State state, String name) {
		return new GroupFlow.State(state.step(), name, state.field(), state.area(), state.can(), state.want(),
				state.contact(), state.editId());
	}

	static String summary(GroupFlow.State state) {
		return "【確認】\n団体名: " + state.name() + "\n分野: " + state.field().label() + "\n活動地域: " + state.area()
				+ "\nできること: " + state.can() + "\nやりたいこと・困りごと: " + state.want() + "\n連絡方法: " + state.contact();
	}
}
