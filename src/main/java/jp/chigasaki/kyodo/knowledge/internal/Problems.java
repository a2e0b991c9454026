package jp.chigasaki.kyodo.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/** Collects every problem of a load, so that an editor sees all of them at once, not one per run. */
final class Problems {

	private final List<KnowledgeProblem> list = new ArrayList<>();

	void add(String file, int line, String message) {
		list.add(new KnowledgeProblem(file, line, message));
	}

	boolean isEmpty() {
		return list.isEmpty();
	}

	List<KnowledgeProblem> list() {
		return list;
	}
}
