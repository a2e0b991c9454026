package jp.chigasaki.kyodo.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.insights.InsightsReport;
import jp.chigasaki.kyodo.insights.InsightsReport.Figures;

/**
 * Every table of the insights page, as named rows of text: the page renders them and {@code /console/insights/{id}.csv}
 * exports the very same rows, so each table has its CSV.
 */
final class InsightsTables {

	static final Map<String, String> REASONS = Map.of("LOW_CONFIDENCE", "回答に自信がなかった", "ASKED_FOR_HUMAN",
			"担当者を希望", "NONE_MATCHED", "候補が合わなかった", "REPEATED_MISSES", "続けて回答できなかった");
	static final Map<String, String> STATES = Map.of("RESOLVED", "解決済み", "RETURNED", "自動応答に戻した");

	private InsightsTables() {
	}

	/** The queue's own label ({@link Ticket.Queue#label()}); an unknown name from old records as it is. */
	private static String queueLabel(String queue) {
		return java.util.Arrays.stream(Ticket.Queue.values())
			.filter(q -> q.name().equals(queue))
			.map(Ticket.Queue::label)
			.findFirst()
			.orElse(queue);
	}

	/** A table; the columns from {@code textColumns} on are figures (right-aligned). */
	record Table(String id, String title, int textColumns, List<String> headers, List<List<String>> rows) {
	}

	static List<Table> all(InsightsReport report) {
		Figures now = report.figures();
		return List.of(summary(report), daily(report), escalations(now), entries("entries", "よく聞かれたエントリ",
				now.entries().stream().filter(e -> e.asked() > 0).limit(20).toList()),
				entries("disliked", "「役に立たなかった」が多いエントリ", now.entries()
					.stream()
					.filter(e -> e.notHelpful() > 0)
					.sorted((a, b) -> Long.compare(b.notHelpful(), a.notHelpful()))
					.limit(20)
					.toList()),
				departments(now), initiatives(now));
	}

	static Table find(InsightsReport report, String id) {
		return all(report).stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}

	private static Table summary(InsightsReport report) {
		List<List<String>> rows = new ArrayList<>();
		Figures now = report.figures();
		Figures before = report.previous();
		row(rows, "質問", now, before, Figures::questions);
		row(rows, "直接回答", now, before, Figures::answered);
		row(rows, "確認（候補の提示）", now, before, Figures::clarify);
		row(rows, "回答できず", now, before, Figures::fallback);
		row(rows, "担当者への案内", now, before, Figures::escalate);
		rows.add(List.of("自己解決率", percent(now.selfResolution().rate()), percent(before.selfResolution().rate()),
				""));
		row(rows, "受付（担当者へ）", now, before, f -> f.escalations().opened());
		rows.add(List.of("担当までの時間（中央値）", duration(now.escalations().timeToClaim().medianSeconds()),
				duration(before.escalations().timeToClaim().medianSeconds()), ""));
		rows.add(List.of("担当までの時間（90%）", duration(now.escalations().timeToClaim().p90Seconds()),
				duration(before.escalations().timeToClaim().p90Seconds()), ""));
		rows.add(List.of("解決までの時間（中央値）", duration(now.escalations().timeToResolve().medianSeconds()),
				duration(before.escalations().timeToResolve().medianSeconds()), ""));
		rows.add(List.of("解決までの時間（90%）", duration(now.escalations().timeToResolve().p90Seconds()),
				duration(before.escalations().timeToResolve().p90Seconds()), ""));
		row(rows, "回答期限の超過", now, before, f -> f.escalations().slaBreaches());
		row(rows, "役に立った", now, before, f -> f.feedback().helpful());
		row(rows, "役に立たなかった", now, before, f -> f.feedback().notHelpful());
		return new Table("summary", "主な指標", 1, List.of("指標", "この期間", "前の期間", "増減"), rows);
	}

	private static Table daily(InsightsReport report) {
		List<List<String>> rows = report.daily()
			.stream()
			.map(d -> List.of(d.date().toString(), n(d.questions()), n(d.answered()), n(d.clarify()), n(d.fallback()),
					n(d.escalate()), n(d.escalations())))
			.toList();
		return new Table("daily", "日別の推移", 1,
				List.of("日付", "質問", "直接回答", "確認", "回答できず", "担当者への案内", "受付"), rows);
	}

	private static Table escalations(Figures now) {
		List<List<String>> rows = new ArrayList<>();
		InsightsReport.Escalations e = now.escalations();
		e.byQueue().forEach((queue, count) -> rows.add(List.of("窓口", queueLabel(queue), n(count))));
		e.byReason().forEach((reason, count) -> rows.add(List.of("理由", REASONS.getOrDefault(reason, reason), n(count))));
		rows.add(List.of("対応", "担当した", n(e.claimed())));
		rows.add(List.of("対応", "転送した", n(e.transferred())));
		e.closed().forEach((state, count) -> rows.add(List.of("対応", STATES.getOrDefault(state, state), n(count))));
		return new Table("escalations", "窓口・理由別の受付", 2, List.of("区分", "項目", "件数"), rows);
	}

	private static Table entries(String id, String title, List<InsightsReport.Entry> entries) {
		return new Table(id, title, 2, List.of("エントリID", "質問", "回答した数", "役に立った", "役に立たなかった"),
				entries.stream()
					.map(e -> List.of(e.faqId(), e.title(), n(e.asked()), n(e.helpful()), n(e.notHelpful())))
					.toList());
	}

	private static Table departments(Figures now) {
		return new Table("departments", "案内した担当課", 2, List.of("担当課ID", "担当課", "件数"), now.departments()
			.stream()
			.map(d -> List.of(d.departmentId(), d.name(), n(d.count())))
			.toList());
	}

	private static Table initiatives(Figures now) {
		List<List<String>> rows = new ArrayList<>();
		INITIATIVES.forEach((kind, label) -> {
			Long count = now.initiatives().get(kind);
			if (count != null) {
				rows.add(List.of(label, n(count)));
			}
		});
		now.initiatives().forEach((kind, count) -> {
			int colon = kind.indexOf(':');
			if (colon > 0) {
				rows.add(List.of(INITIATIVES.getOrDefault(kind.substring(0, colon), kind) + "（"
						+ detail(kind.substring(colon + 1)) + "）", n(count)));
			}
		});
		return new Table("initiatives", "取組の記録（試行）", 1, List.of("種類", "件数"), rows);
	}

	private static String detail(String key) {
		return switch (key) {
			case "attend" -> "参加";
			case "present" -> "発表";
			default -> Field.parse(key).map(Field::label).orElse(key);
		};
	}

	/** The initiatives' counters in the order the page shows them (keys in docs/insights.md). */
	static final Map<String, String> INITIATIVES = initiativeLabels();

	private static Map<String, String> initiativeLabels() {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		labels.put("groups-registered", "団体の登録");
		labels.put("needs-published", "協働の種の公開");
		labels.put("matches-proposed", "事前打ち合わせの提案");
		labels.put("meetings-scheduling", "打ち合わせの日程調整");
		labels.put("meetings-confirmed", "打ち合わせの確定");
		labels.put("meetings-done", "打ち合わせの実施");
		labels.put("meetings-declined", "打ち合わせの見送り");
		labels.put("event-applications", "発表会・交流会への申込");
		labels.put("event-cancellations", "申込の取消");
		labels.put("announcements-sent", "お知らせの配信");
		labels.put("announcement-recipients", "お知らせの宛先（人）");
		labels.put("announcement-deliveries", "お知らせの配信成功（人）");
		return labels;
	}

	private static void row(List<List<String>> rows, String label, Figures now, Figures before,
			ToLongFunction<Figures> figure) {
		long current = figure.applyAsLong(now);
		long previous = figure.applyAsLong(before);
		long change = current - previous;
		rows.add(List.of(label, n(current), n(previous), (change > 0 ? "+" : "") + change));
	}

	static String n(long value) {
		return Long.toString(value);
	}

	static String percent(Double rate) {
		return rate == null ? "—" : Math.round(rate * 1000) / 10.0 + "%";
	}

	static String duration(Long seconds) {
		if (seconds == null) {
			return "—";
		}
		if (seconds < 60) {
			return seconds + "秒";
		}
		if (seconds < 3600) {
			return seconds / 60 + "分";
		}
		return seconds / 3600 + "時間" + (seconds % 3600) / 60 + "分";
	}

	/** RFC 4180: every field quoted, quotes doubled, CRLF line ends; a BOM so that Excel reads UTF-8. */
	static String csv(Table table) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, table.headers());
		table.rows().forEach(row -> line(out, row));
		return out.toString();
	}

	/** A text that a spreadsheet would take for a formula gets a leading apostrophe; numbers stay as they are. */
	private static String cell(String value) {
		boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
		return formula && !value.matches("[+-]?\\d+(\\.\\d+)?%?") ? "'" + value : value;
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			out.append(i == 0 ? "" : ",").append('"').append(cell(fields.get(i)).replace("\"", "\"\"")).append('"');
		}
		out.append("\r\n");
	}
}
