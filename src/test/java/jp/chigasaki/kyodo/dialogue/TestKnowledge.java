package jp.chigasaki.kyodo.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/** A small knowledge snapshot shaped like the real one: a few entries, one staff-only, one unknown, two menu items. */
final class TestKnowledge {

	static final String AMOUNT = "genki-kikin-amount";
	static final String ELIGIBILITY = "genki-kikin-eligibility";
	static final String DEADLINE = "genki-kikin-deadline";
	static final String STAFF_ONLY = "staff-kyodo-procedure";
	static final String DONT_KNOW = "contact-dont-know";
	static final String KYOSAI = "menu-kyosai";
	static final String KOEN = "menu-koen";

	static final String STAFF_ANSWER = "庁内で協働事業を始めるときは、まず課内で目的を整理します。";

	private static final Set<Audience> EVERYONE = Set.of(Audience.MEMBER, Audience.STAFF);
	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 29);
	private static final Location AT = new Location("faq/test.yaml", 1);

	private TestKnowledge() {
	}

	static KnowledgeBase base() {
		return new KnowledgeBase(List.of(
				faq(AMOUNT, "げんき基金の補助金はいくらまでもらえますか？", "げんき基金の補助の上限は、区分ごとに決まっています。", EVERYONE,
						List.of(ELIGIBILITY, STAFF_ONLY, DEADLINE), false),
				faq(ELIGIBILITY, "げんき基金はどんな団体が使えますか？", "市内で活動する市民活動団体が対象です。", EVERYONE, List.of(), false),
				faq(DEADLINE, "げんき基金の次の締め切りはいつですか？", "次の募集の締め切りは確認できていません。担当にお問い合わせください。", EVERYONE,
						List.of(), true),
				faq(STAFF_ONLY, "協働事業を庁内で始める手順は？", STAFF_ANSWER, Set.of(Audience.STAFF), List.of(), false),
				faq(DONT_KNOW, "どの課に相談すればいいのか分かりません。", "まず市民自治推進課 協働推進担当（0467-81-7126）にご相談ください。", EVERYONE,
						List.of(), false)),
				List.of(department("shimin-jichi-kyodo", "市民自治推進課 協働推進担当", List.of("協働", "市民活動げんき基金補助"),
						List.of("げんき基金", "NPO"), "0467-81-7126", null),
						department("city-main", "茅ヶ崎市役所（代表）", List.of("市役所全般の問い合わせ"), List.of("代表電話"),
								"0467-82-1111", null),
						department("bosai", "防災対策課", List.of("防災", "自主防災組織への支援"), List.of("防災訓練", "避難"),
								"0467-81-7127", null),
						department("sapocen", "ちがさき市民活動サポートセンター（サポセン）", List.of("市民活動の相談"),
								List.of("サポセン"), "0467-88-7546", "https://sapocen.net/"),
						department("no-contact", "連絡先のない課", List.of("何か"), List.of(), null, null)),
				List.of(menu(KYOSAI, "共催", List.of("市は共催を協働の進め方の一つとして挙げています。")),
						menu(KOEN, "後援", List.of("市は後援を協働の進め方の一つとして挙げています。"))),
				List.of(), List.of(), List.of(new SynonymGroup(List.of("防災", "ぼうさい"), AT)), "");
	}

	private static FaqEntry faq(String id, String question, String answer, Set<Audience> audience,
			List<String> related, boolean unknown) {
		return new FaqEntry(id, question, List.of(question + "？", id, question), answer, audience, "テスト",
				id.equals(STAFF_ONLY) ? "no-contact" : "shimin-jichi-kyodo", related, List.of("S1"), REVIEWED, unknown,
				AT);
	}

	private static Department department(String id, String name, List<String> handles, List<String> keywords,
			String phone, String web) {
		return new Department(id, name, null, handles, keywords, phone, null, web, null, List.of("S1"), REVIEWED, AT);
	}

	private static MenuItem menu(String id, String name, List<String> can) {
		return new MenuItem(id, name, name + "は、団体と市が一緒に取り組む形です。", can, List.of("申請の手続きは確認できていません。"),
				List.of("条件は確認できていません。"), "shimin-jichi-kyodo", List.of(name, name + "したい", name + "って何"),
				List.of("S1"), REVIEWED, AT);
	}
}
