package jp.chigasaki.kyodo.insights;

import java.time.LocalDate;
import java.util.List;

import jp.chigasaki.kyodo.matching.Candidate;

/**
 * YAML made from grouped questions, in the formats of faq/ and eval/ (see their READMEs), for coordinators to paste
 * or save and then review and validate. Strings are double-quoted with YAML escapes, so any masked text is safe.
 */
final class FaqDrafts {

	private FaqDrafts() {
	}

	static String newEntry(String entryId, List<Insights.Question> questions, Candidate best, String departmentId,
			LocalDate today) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# 新しいエントリの下書き: faq/ のファイルの entries: の下に貼り付け、回答・出典・公開範囲を確かめてから\n")
			.append("# java -jar target/kyodo-concierge.jar validate で確認してください。\n")
			.append("  - id: ").append(entryId).append('\n')
			.append("    question: ").append(quote(questions.get(0).text())).append('\n')
			.append("    phrasings:\n");
		questions.stream().skip(1).map(Insights.Question::text).distinct()
			.forEach(text -> yaml.append("      - ").append(quote(text)).append('\n'));
		yaml.append("    answer: |\n      （回答を書いてください）\n")
			.append("    audience: [").append(audience(questions)).append("]\n")
			.append("    category: 未分類\n");
		if (departmentId != null) {
			yaml.append("    department: ").append(departmentId).append("  # 近い既存エントリの担当課（推測）\n");
		}
		if (best != null) {
			yaml.append("    # 近い既存エントリ: ").append(best.faqId()).append("（").append(best.title()).append("）\n");
		}
		return yaml.append("    sources: []\n    reviewed: ").append(today).append('\n').toString();
	}

	static String phrasings(String faqId, List<Insights.Question> questions) {
		StringBuilder yaml = new StringBuilder("# faq/ のエントリ「").append(faqId)
			.append("」の phrasings: に追加してください。\n");
		questions.stream().map(Insights.Question::text).distinct()
			.forEach(text -> yaml.append("      - ").append(quote(text)).append('\n'));
		return yaml.toString();
	}

	static String evalFile(List<Insights.Question> labelled, LocalDate from, LocalDate to) {
		StringBuilder yaml = new StringBuilder("# 未回答の質問に担当者が付けたラベル（").append(from).append("〜").append(to)
			.append("）。\n# eval/ に保存し、java -jar target/kyodo-concierge.jar eval FILE で評価できます。\n")
			.append("# 書式は eval/README.md のとおり。個人情報は保存時に伏せ字にしています。\nquestions:\n");
		for (Insights.Question question : labelled) {
			yaml.append("  - q: ").append(quote(question.text())).append('\n')
				.append("    expect: ").append(question.label()).append('\n');
			if ("staff".equals(question.audience())) {
				yaml.append("    audience: staff\n");
			}
		}
		return yaml.toString();
	}

	private static String audience(List<Insights.Question> questions) {
		return questions.stream().allMatch(q -> "staff".equals(q.audience())) ? "staff" : "member, staff";
	}

	static String quote(String text) {
		String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]+", " ");
		return "\"" + escaped + "\"";
	}
}
