package jp.chigasaki.kyodo.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * Validates drafts as if they were already in {@code faq/}: a temporary copy of the folder with the drafts file and
 * the import's source added, loaded like the service loads it. Messages about the drafts name the drafts file.
 */
public final class DraftValidation {

	private DraftValidation() {
	}

	public static List<KnowledgeProblem> problems(Path faqDir, Path intentsDir, Path draftsFile, String yaml,
			String sourceItem) {
		Path temp = null;
		try {
			temp = Files.createTempDirectory("kyodo-import");
			Path faq = temp.resolve("faq");
			Files.createDirectories(faq);
			try (Stream<Path> files = Files.list(faqDir)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, faq.resolve(file.getFileName()));
				}
			}
			Path sources = faq.resolve("sources.yaml");
			if (Files.exists(sources)) {
				String text = Files.readString(sources);
				Files.writeString(sources, (text.endsWith("\n") ? text : text + "\n") + sourceItem);
			}
			String name = draftsFile.getFileName().toString();
			Files.writeString(faq.resolve(name), yaml);
			try {
				KnowledgeBase.load(faq, intentsDir);
				return List.of();
			}
			catch (KnowledgeException ex) {
				String shown = "faq/" + name;
				return ex.problems().stream()
					.map(p -> p.file().equals(shown) ? new KnowledgeProblem(draftsFile.toString(), p.line(), p.message()) : p)
					.toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(temp);
		}
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder is harmless
		}
	}
}
