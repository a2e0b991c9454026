package jp.chigasaki.kyodo.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Canned replies (定型文) from {@code canned/*.md} (format in {@code canned/README.md}): the first line
 * {@code # title}, the rest the text. Read on every use, so an edited file counts at once; checked at start-up.
 */
class CannedReplies {

	static final int MAX_TEXT = 5000;

	private final Path dir;

	CannedReplies(Path dir) {
		this.dir = dir;
		List<String> problems = new ArrayList<>();
		load(problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("canned replies are invalid:\n" + String.join("\n", problems));
		}
	}

	record Canned(String id, String title, String text) {
	}

	List<Canned> all() {
		return load(new ArrayList<>());
	}

	private List<Canned> load(List<String> problems) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<Canned> replies = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				if (!file.getFileName().toString().equals("README.md")) {
					read(file, problems).ifPresent(replies::add);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir, ex);
		}
		return replies;
	}

	private static java.util.Optional<Canned> read(Path file, List<String> problems) throws IOException {
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString()
				.replace("\r\n", "\n");
		}
		catch (CharacterCodingException ex) {
			problems.add(file + ":1: not valid UTF-8");
			return java.util.Optional.empty();
		}
		int newline = content.indexOf('\n');
		String first = newline < 0 ? content : content.substring(0, newline);
		String text = newline < 0 ? "" : content.substring(newline + 1).strip();
		if (!first.startsWith("# ") || first.substring(2).isBlank()) {
			problems.add(file + ":1: the first line must be '# title'");
		}
		else if (text.isEmpty() || text.length() > MAX_TEXT) {
			problems.add(file + ":2: the text must be 1 to " + MAX_TEXT + " characters");
		}
		else {
			String id = file.getFileName().toString().replaceFirst("\\.md$", "");
			return java.util.Optional.of(new Canned(id, first.substring(2).strip(), text));
		}
		return java.util.Optional.empty();
	}
}
