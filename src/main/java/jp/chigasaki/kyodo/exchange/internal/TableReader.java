package jp.chigasaki.kyodo.exchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.chigasaki.kyodo.exchange.FaqTableException;

/**
 * Reads a city FAQ table: CSV or TSV (a tab in the header line decides), UTF-8 with or without a byte order mark, or
 * Shift_JIS (Windows-31J, what Japanese office software writes) when the bytes are not UTF-8. The header names the
 * columns, in English or in the Japanese a city system uses (質問, 回答, 分類, 担当課 …); question and answer are
 * required.
 */
public final class TableReader {

	/** Windows-31J: Shift_JIS with the NEC and IBM extensions (①, ㈱, 髙) that city systems write. */
	public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	static final Map<String, List<String>> COLUMNS = Map.of(
			"question", List.of("question", "質問", "問い", "質問内容", "問"),
			"answer", List.of("answer", "回答", "答え", "回答内容", "答"),
			"category", List.of("category", "分類", "カテゴリ", "カテゴリー", "区分"),
			"department", List.of("department", "担当課", "所管課", "担当", "部署", "課名", "担当部署"));

	private TableReader() {
	}

	/** One row: its line in the file (for messages) and its cells by column key; missing cells are empty. */
	public record Row(int line, String question, String answer, String category, String department) {
	}

	/** The rows, and the encoding the bytes were read in. */
	public record Table(List<Row> rows, Charset charset) {
	}

	/**
	 * @param forced the encoding to use, or null to detect it
	 * @throws FaqTableException with the file and line when the table cannot be read
	 */
	public static Table read(Path file, Charset forced) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new FaqTableException(file + ":1: cannot read the file (" + ex.getClass().getSimpleName() + ")");
		}
		Charset charset = forced != null ? forced : isUtf8(bytes) ? StandardCharsets.UTF_8 : SHIFT_JIS;
		String text = new String(bytes, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		return new Table(rows(file, text), charset);
	}

	private static List<Row> rows(Path file, String text) {
		String header = text.lines().findFirst().orElse("");
		CSVFormat format = (header.contains("\t") ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Map<String, String> columns = columns(file, parser.getHeaderNames());
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				int line = lineOf(text, record.getCharacterPosition());
				rows.add(new Row(line, cell(record, columns.get("question")), cell(record, columns.get("answer")),
						cell(record, columns.get("category")), cell(record, columns.get("department"))));
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new FaqTableException(file + ":" + lineOf(ex) + ": not a readable CSV/TSV table: " + ex.getMessage());
		}
	}

	/** Column key to header name, by the names a city system may use; question and answer must be there. */
	private static Map<String, String> columns(Path file, List<String> headers) {
		Map<String, String> found = new LinkedHashMap<>();
		for (String header : headers) {
			String name = normalize(header).toLowerCase(java.util.Locale.ROOT);
			COLUMNS.forEach((key, names) -> {
				if (names.contains(name) && !found.containsKey(key)) {
					found.put(key, header);
				}
			});
		}
		for (String required : List.of("question", "answer")) {
			if (!found.containsKey(required)) {
				throw new FaqTableException(file + ":1: the header needs a '" + required + "' column (one of "
						+ String.join(", ", COLUMNS.get(required)) + "); found " + headers);
			}
		}
		return found;
	}

	private static String cell(CSVRecord record, String column) {
		if (column == null || !record.isMapped(column) || !record.isSet(column)) {
			return "";
		}
		return record.get(column).replace("\r\n", "\n").strip();
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static int lineOf(String text, long position) {
		int line = 1;
		for (int i = 0; i < position && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int lineOf(Exception ex) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(ex.getMessage()));
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
	}
}
