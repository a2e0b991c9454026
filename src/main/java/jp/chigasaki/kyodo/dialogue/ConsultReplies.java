package jp.chigasaki.kyodo.dialogue;

import java.util.List;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Who to consult (窓口案内): names the department(s) for the question's topic with their cards, and says that the
 * coordinators can sit in the middle when the right department is unclear (取組案: 事前打ち合わせ・マッチング).
 */
final class ConsultReplies {

	private static final String MIDDLE = "どの課に相談すればよいか分からないときは、市民自治推進課 協働推進担当が間に入って、"
			+ "担当課との調整をお手伝いします（市の協働推進の取組案で掲げられている役割です）。サポセンでも団体の立場からの相談を受けています。";

	private static final String ASK_TOPIC = "ご相談したい内容（例：「防災訓練を市と一緒にやりたい」）を送っていただければ、担当課の候補をご案内します。";

	private ConsultReplies() {
	}

	static Reply answer(Context context) {
		List<Department> found = DepartmentFinder.find(context);
		boolean known = !found.isEmpty();
		List<Department> shown = known ? found : context.coordinators().stream().toList();
		Draft draft = Draft.of(Decision.ANSWER)
			.intent(Intent.WHO_TO_CONSULT, context.sureness())
			.candidates(context.candidates())
			.department(shown.isEmpty() ? null : shown.get(0).id());
		draft.text(known ? named(shown) : "どの課に相談すればよいか迷ったときは、まず市民自治推進課 協働推進担当にご相談ください。");
		shown.forEach(draft::card);
		draft.text(MIDDLE + (known ? "" : "\n" + ASK_TOPIC));
		context.candidates().stream().findFirst()
			.ifPresent(top -> draft.quick(Buttons.entry(context.title(top), top.faqId())));
		return draft.quick(Buttons.human(), Buttons.menu()).build(context.settled(null));
	}

	private static String named(List<Department> departments) {
		StringBuilder text = new StringBuilder("ご相談の内容は、").append(departments.get(0).name()).append("が窓口です。");
		if (departments.size() > 1) {
			text.append("内容によっては、").append(departments.get(1).name()).append("にもご相談ください。");
		}
		return text.append("担当している内容と連絡先は、次のとおりです。").toString();
	}
}
