package jp.chigasaki.kyodo.console;

import java.util.List;
import java.util.Locale;

import jp.chigasaki.kyodo.insights.InsightsReport;

/**
 * Charts drawn on the server as inline SVG (no script, no external library, readable offline): the daily trend as
 * stacked bars, and horizontal bars for breakdowns. Colours come from the console's stylesheet classes; every text is
 * XML-escaped; each chart has a title for screen readers, and the same figures are in the table under it.
 */
final class SvgCharts {

	private static final String[] SERIES = { "answered", "clarify", "fallback", "escalate" };
	private static final String[] SERIES_LABELS = { "直接回答", "確認", "回答できず", "担当者への案内" };

	private SvgCharts() {
	}

	record Bar(String label, long value) {
	}

	static String trend(List<InsightsReport.Day> days) {
		int width = 720;
		int height = 240;
		int left = 36;
		int bottom = 28;
		int top = 28;
		long max = Math.max(1, days.stream().mapToLong(InsightsReport.Day::questions).max().orElse(1));
		double slot = (width - left - 8) / (double) Math.max(1, days.size());
		StringBuilder svg = open("trend", width, height, "日別の質問数（直接回答・確認・回答できず・担当者への案内）");
		legend(svg, left);
		axis(svg, left, top, height - bottom, width, max);
		for (int i = 0; i < days.size(); i++) {
			InsightsReport.Day day = days.get(i);
			long[] values = { day.answered(), day.clarify(), day.fallback(), day.escalate() };
			double y = height - bottom;
			for (int s = 0; s < values.length; s++) {
				double h = (height - bottom - top) * values[s] / (double) max;
				y -= h;
				svg.append(String.format(Locale.ROOT,
						"<rect class=\"s-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s %s: %d</title></rect>",
						SERIES[s], left + i * slot + slot * 0.15, y, slot * 0.7, h, day.date(), SERIES_LABELS[s],
						values[s]));
			}
			if (days.size() <= 14 || i % Math.ceil(days.size() / 10.0) == 0) {
				svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
						left + i * slot + slot / 2, height - 10, day.date().getMonthValue() + "/" + day.date().getDayOfMonth()));
			}
		}
		return svg.append("</svg>").toString();
	}

	/** One bar per line under its label, so that the chart stays readable at a phone's width. */
	static String bars(String title, List<Bar> bars) {
		int row = 40;
		int width = 360;
		int height = Math.max(1, bars.size()) * row + 4;
		long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		StringBuilder svg = open("bars", width, height, title);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double w = (width - 40) * bar.value() / (double) max;
			int y = i * row;
			svg.append(String.format(Locale.ROOT,
					"<text class=\"label\" x=\"0\" y=\"%d\">%s</text>"
							+ "<rect class=\"bar\" x=\"0\" y=\"%d\" width=\"%.1f\" height=\"14\"></rect>"
							+ "<text class=\"value\" x=\"%.1f\" y=\"%d\">%d</text>",
					y + 14, escape(shorten(bar.label(), 26)), y + 20, w, w + 6, y + 32, bar.value()));
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String kind, int width, int height, String title) {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg class=\"chart %s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
				kind, width, height, escape(title), escape(title)));
	}

	private static void legend(StringBuilder svg, int left) {
		for (int s = 0; s < SERIES.length; s++) {
			int x = left + s * 120;
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"s-%s\" x=\"%d\" y=\"6\" width=\"12\" height=\"12\"></rect><text class=\"tick\" x=\"%d\" y=\"17\">%s</text>",
					SERIES[s], x, x + 16, SERIES_LABELS[s]));
		}
	}

	private static void axis(StringBuilder svg, int left, int top, int base, int width, long max) {
		svg.append(String.format(Locale.ROOT,
				"<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>"
						+ "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>"
						+ "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>",
				left, base, width - 4, base, left - 4, top + 10, max, left - 4, base));
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
