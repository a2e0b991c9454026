package jp.chigasaki.kyodo.richmenu.internal;

import java.util.ArrayList;
import java.util.List;

import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/** The problems found in one rich menu file, each printed as {@code file:line: message}. */
final class Problems {

	private final String file;
	private final List<KnowledgeProblem> found;

	Problems(String file, List<KnowledgeProblem> found) {
		this.file = file;
		this.found = found;
	}

	void add(int line, String message) {
		found.add(new KnowledgeProblem(file, line, message));
	}

	String file() {
		return file;
	}
}
