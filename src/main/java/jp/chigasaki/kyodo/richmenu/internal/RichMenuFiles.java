package jp.chigasaki.kyodo.richmenu.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.richmenu.RichMenu;

/** Reads every {@code *.yaml} of the rich menu folder, checks them together, and lays them out. */
public final class RichMenuFiles {

	private RichMenuFiles() {
	}

	/** The menus in file-name order, or {@link KnowledgeException} with every {@code file:line} problem found. */
	public static List<RichMenu> load(Path dir, KnowledgeBase knowledge) {
		List<KnowledgeProblem> found = new ArrayList<>();
		Path named = dir.toAbsolutePath().normalize().getFileName();
		String folder = named == null ? dir.toString() : named.toString();
		if (!Files.isDirectory(dir)) {
			throw new KnowledgeException(List.of(new KnowledgeProblem(folder, 1, "rich menu folder is missing")));
		}
		Map<String, Problems> problems = new HashMap<>();
		List<RichMenu> menus = new ArrayList<>();
		for (Path path : yamlFiles(dir)) {
			Problems fileProblems = new Problems(display(dir, path), found);
			RichMenu menu = MenuFile.read(path, fileProblems.file(), fileProblems);
			if (menu != null) {
				SuppliedImage.check(menu, fileProblems);
				problems.put(menu.id(), fileProblems);
				menus.add(menu);
			}
		}
		new MenuChecks(menus, knowledge, menu -> problems.get(menu.id())).check(folder, found);
		if (!found.isEmpty()) {
			throw new KnowledgeException(found);
		}
		Map<String, String> titles = new HashMap<>();
		menus.forEach(menu -> titles.put(menu.id(), menu.title()));
		return menus.stream().map(menu -> Grid.layOut(menu, titles)).toList();
	}

	private static List<Path> yamlFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String display(Path dir, Path path) {
		Path name = dir.toAbsolutePath().normalize().getFileName();
		Path relative = dir.relativize(path);
		return (name == null ? "" : name + "/") + relative.toString().replace('\\', '/');
	}
}
