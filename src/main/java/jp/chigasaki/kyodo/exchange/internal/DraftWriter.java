package jp.chigasaki.kyodo.exchange.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes FAQ drafts in the layout of faq/README.md: the question as its only phrasing (validate then asks for two
 * more, in the editor's words), the answer as a literal block, both audiences, the import as the source.
 */
public final class DraftWriter {

	/** One draft entry. */
	public record Draft(String id, String question, String answer, String category, String departmentId) {
	}

	private DraftWriter() {
	}

	public static String yaml(String tableName, List<Draft> drafts, String sourceId, LocalDate today) {
		StringBuilder text = new StringBuilder();
		text.append("# Drafts imported from ").append(tableName).append(" on ").append(today).append(".\n")
			.append("# Before moving this file into faq/: add phrasings, check each answer against its source, add the\n")
			.append("# source '").append(sourceId).append("' to faq/sources.yaml and run validate.\n")
			.append("entries:\n");
		for (Draft draft : drafts) {
			text.append("  - id: ").append(draft.id()).append('\n')
				.append("    question: ").append(quoted(draft.question())).append('\n')
				.append("    phrasings:\n")
				.append("      - ").append(quoted(draft.question())).append('\n')
				.append("    answer: |\n");
			for (String line : draft.answer().strip().split("\n", -1)) {
				String kept = line.stripTrailing();
				text.append(kept.isEmpty() ? "" : "      " + kept).append('\n');
			}
			text.append("    audience: [member, staff]\n")
				.append("    category: ").append(quoted(draft.category())).append('\n')
				.append("    department: ").append(draft.departmentId()).append('\n')
				.append("    sources: [").append(sourceId).append("]\n")
				.append("    reviewed: ").append(today).append("\n\n");
		}
		return text.toString();
	}

	/** The sources.yaml item for the imported table. */
	public static String source(String sourceId, String tableName, LocalDate today) {
		return "  - id: " + sourceId + "\n    title: " + quoted("市のFAQ表 " + tableName + "（" + today + " 取り込み）") + "\n";
	}

	/** A YAML double-quoted scalar: safe for any text, one line. */
	static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\t' -> out.append("\\t");
				case '\r' -> { }
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
