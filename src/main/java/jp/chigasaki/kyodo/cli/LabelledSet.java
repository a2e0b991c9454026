package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * The project's labelled questions: a UTF-8 TSV file with the columns {@code question}, {@code expected} (an FAQ
 * id, a menu id, an intent id, or {@code escalate}), {@code audience} ({@code member} or {@code staff}, default
 * member) and optional {@code department} (the department the answer should name). A first line starting with
 * {@code question} is a header; blank lines and lines starting with {@code #} are skipped.
 */
record LabelledSet(List<Question> questions) {

	static final String ESCALATE = "escalate";

	record Question(String text, String expected, Audience audience, String department, int line) {
	}

	static LabelledSet load(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Question> questions = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("question\t"))) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			try {
				questions.add(question(cells, i + 1));
			}
			catch (IllegalArgumentException ex) {
				problems.add(file + ":" + (i + 1) + ": " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", problems));
		}
		return new LabelledSet(questions);
	}

	private static Question question(String[] cells, int line) {
		if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
			throw new IllegalArgumentException("needs at least a question and an expected id, tab-separated");
		}
		Audience audience = cells.length > 2 && !cells[2].isBlank() ? Audience.fromKey(cells[2].strip())
				: Audience.MEMBER;
		String department = cells.length > 3 && !cells[3].isBlank() ? cells[3].strip() : null;
		return new Question(cells[0].strip(), cells[1].strip(), audience, department, line);
	}
}
