package jp.chigasaki.kyodo.exchange.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * A printable review sheet for department heads: one section per department with its answers, where each fact comes
 * from, when it was last checked, what is past its fiscal year, the editors' notes, and a box to tick and sign. One
 * self-contained HTML file (its style sheet inside, no script), A4 portrait.
 */
public final class ReviewSheet {

	private static final String STYLE = """
			@page { size: A4; margin: 15mm; }
			body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 10.5pt; line-height: 1.6; }
			h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 2px solid #333; margin-top: 2em; break-after: avoid; }
			article { border: 1px solid #999; padding: 6px 10px; margin: 10px 0; break-inside: avoid; }
			h3 { font-size: 11pt; margin: 0 0 4px; } .id { color: #555; font-weight: normal; font-size: 9pt; }
			.answer { white-space: pre-wrap; background: #f6f6f6; padding: 4px 6px; }
			dl { display: grid; grid-template-columns: 7em 1fr; margin: 6px 0; } dt { font-weight: bold; } dd { margin: 0; }
			.due { color: #b00; font-weight: bold; } .check { border-top: 1px dashed #999; padding-top: 4px; }
			.memo { color: #444; font-size: 9.5pt; }
			""";

	private ReviewSheet() {
	}

	public static String html(KnowledgeBase base, LocalDate today, int reviewDays) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n")
			.append("<title>回答内容の確認シート（").append(today).append("）</title>\n<style>").append(STYLE)
			.append("</style>\n</head>\n<body>\n<h1>協働コンシェルジュ 回答内容の確認シート</h1>\n<p>作成日：").append(today)
			.append("。チャットが答えている内容を課ごとにまとめました。出典と照らし合わせ、誤りや古い情報があれば余白にご記入ください。")
			.append("「要確認」は、有効期限（年度）を過ぎたか、最終確認から").append(reviewDays).append("日を超えた項目です。</p>\n");
		for (Department department : base.departments()) {
			List<FaqEntry> entries = base.faqs().stream().filter(f -> f.departmentId().equals(department.id())).toList();
			List<MenuItem> menu = base.menu().stream().filter(m -> m.departmentId().equals(department.id())).toList();
			if (entries.isEmpty() && menu.isEmpty()) {
				continue;
			}
			html.append("<section>\n<h2>").append(esc(department.name())).append("（").append(entries.size() + menu.size())
				.append("件）</h2>\n");
			if (department.editorNote() != null) {
				html.append("<p class=\"memo\">編集メモ：").append(esc(department.editorNote())).append("</p>\n");
			}
			entries.forEach(f -> faq(html, base, f, today, reviewDays));
			menu.forEach(m -> menuItem(html, base, m, today, reviewDays));
			html.append("</section>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static void faq(StringBuilder html, KnowledgeBase base, FaqEntry faq, LocalDate today, int reviewDays) {
		html.append("<article>\n<h3>").append(esc(faq.question())).append(" <span class=\"id\">").append(faq.id())
			.append("</span></h3>\n<div class=\"answer\">").append(esc(faq.answer().strip())).append("</div>\n<dl>\n");
		row(html, "対象", faq.audience().stream().map(a -> a == Audience.STAFF ? "職員" : "団体・市民").sorted()
			.collect(Collectors.joining("・")));
		row(html, "分類", esc(faq.category()) + (faq.unknown() ? "（分からない点があり、連絡先を案内）" : ""));
		footer(html, base, faq.sources(), faq.reviewed(), faq.validUntil(), today, reviewDays);
	}

	private static void menuItem(StringBuilder html, KnowledgeBase base, MenuItem item, LocalDate today, int reviewDays) {
		html.append("<article>\n<h3>できることメニュー：").append(esc(item.name())).append(" <span class=\"id\">")
			.append(item.id()).append("</span></h3>\n<div class=\"answer\">").append(esc(item.summary()));
		list(html, "市ができること", item.can());
		list(html, "市ができないこと", item.cannot());
		list(html, "まだ分かっていないこと", item.unconfirmed());
		list(html, "条件", item.conditions());
		html.append("</div>\n<dl>\n");
		row(html, "対象", item.visibleTo(Audience.MEMBER) ? "団体・市民・職員" : "職員のみ");
		footer(html, base, item.sources(), item.reviewed(), item.validUntil(), today, reviewDays);
	}

	private static void footer(StringBuilder html, KnowledgeBase base, List<String> sources, LocalDate reviewed,
			LocalDate validUntil, LocalDate today, int reviewDays) {
		row(html, "出典", sources.stream().map(id -> base.source(id).map(s -> esc(s.title())
				+ (s.url() == null ? "" : "<br>" + esc(s.url()))).orElse(esc(id))).collect(Collectors.joining("<br>")));
		boolean old = ChronoUnit.DAYS.between(reviewed, today) > reviewDays;
		row(html, "最終確認", reviewed + (old ? " <span class=\"due\">要確認</span>" : ""));
		if (validUntil != null) {
			row(html, "有効期限", validUntil + (validUntil.isBefore(today) ? " <span class=\"due\">要確認（期限切れ）</span>" : ""));
		}
		html.append("</dl>\n<div class=\"check\">□ このままでよい　□ 修正が必要（余白にご記入ください）　確認者：＿＿＿＿＿＿　日付：＿＿＿＿</div>\n</article>\n");
	}

	private static void list(StringBuilder html, String title, List<String> lines) {
		if (!lines.isEmpty()) {
			html.append("\n■ ").append(title);
			lines.forEach(line -> html.append("\n・").append(esc(line)));
		}
	}

	private static void row(StringBuilder html, String term, String description) {
		html.append("<dt>").append(term).append("</dt><dd>").append(description).append("</dd>\n");
	}

	static String esc(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
