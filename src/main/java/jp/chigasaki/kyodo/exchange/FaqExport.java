package jp.chigasaki.kyodo.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.chigasaki.kyodo.exchange.internal.ReviewSheet;
import jp.chigasaki.kyodo.exchange.internal.TableReader;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Writes the knowledge for people outside the files: a CSV table of the FAQ entries (UTF-8 with a byte order mark so
 * that Excel reads it, or Shift_JIS), which {@link FaqImport} reads back, and a printable HTML review sheet grouped by
 * department. Existing files are never overwritten.
 */
public final class FaqExport {

	static final List<String> HEADER = List.of("id", "question", "answer", "category", "department", "department_id",
			"audience", "sources", "reviewed", "valid_until", "unknown");

	/** Characters Unicode and Shift_JIS tables disagree on, written as the Windows-31J form people's tools show. */
	private static final String[][] SHIFT_JIS_FORMS = { { "\u301C", "\uFF5E" }, { "\u2212", "\uFF0D" },
			{ "\u2016", "\u2225" }, { "\u00A2", "\uFFE0" }, { "\u00A3", "\uFFE1" }, { "\u00AC", "\uFFE2" } };

	private FaqExport() {
	}

	/** @throws FaqTableException when the file exists or an answer has a character the encoding cannot hold */
	public static void csv(KnowledgeBase base, Path out, Charset charset) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			printer.printRecord(HEADER);
			for (FaqEntry faq : base.faqs()) {
				printer.printRecord(faq.id(), faq.question(), faq.answer().strip(), faq.category(),
						base.department(faq.departmentId()).map(Department::name).orElse(faq.departmentId()),
						faq.departmentId(), String.join(" ", faq.audience().stream().map(Audience::key).sorted().toList()),
						String.join(" ", faq.sources()), faq.reviewed(), faq.validUntil() == null ? "" : faq.validUntil(),
						faq.unknown());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean utf8 = charset.equals(StandardCharsets.UTF_8);
		String body = utf8 ? "\uFEFF" + text : shiftJisForms(text.toString());
		encodable(out, body, charset);
		write(out, body.getBytes(charset));
	}

	/** The review sheet: per department, each entry with its sources, dates and a box for the reviewer. */
	public static void html(KnowledgeBase base, Path out, LocalDate today, int reviewDays) {
		write(out, ReviewSheet.html(base, today, reviewDays).getBytes(StandardCharsets.UTF_8));
	}

	static String shiftJisForms(String text) {
		String result = text;
		for (String[] pair : SHIFT_JIS_FORMS) {
			result = result.replace(pair[0], pair[1]);
		}
		return result;
	}

	private static void encodable(Path out, String body, Charset charset) {
		CharsetEncoder encoder = charset.newEncoder();
		List<String> missing = new ArrayList<>();
		String[] lines = body.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int line = i + 1;
			lines[i].codePoints()
				.filter(c -> !encoder.canEncode(new String(Character.toChars(c))))
				.distinct()
				.forEach(c -> missing.add(out + ":" + line + ": '" + new String(Character.toChars(c)) + "' (U+"
						+ Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") cannot be written in "
						+ charset.name()));
		}
		if (!missing.isEmpty()) {
			throw new FaqTableException(String.join("\n", missing) + "\nnothing written; export in UTF-8 or change the text");
		}
	}

	private static void write(Path out, byte[] bytes) {
		try {
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Files.write(out, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			throw new FaqTableException(out + ":1: already exists; export never overwrites: choose another name");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The encoding names the commands accept. */
	public static Charset charset(String name) {
		return switch (name.toLowerCase(java.util.Locale.ROOT)) {
			case "utf-8", "utf8" -> StandardCharsets.UTF_8;
			case "shift_jis", "shift-jis", "sjis", "windows-31j", "ms932", "cp932" -> TableReader.SHIFT_JIS;
			default -> throw new IllegalArgumentException("unknown encoding '" + name + "' (utf-8 or shift_jis)");
		};
	}
}
