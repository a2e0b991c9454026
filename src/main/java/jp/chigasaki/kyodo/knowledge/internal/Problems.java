package jp.chigasaki.kyodo.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * Collects every problem of a load, so that an editor sees all of them at once, not one per run. It also remembers
 * the items that were written but refused (an entry with a bad date): a reference to one of them is not a second
 * problem, so the editor sees the root cause only.
 */
final class Problems {

	private final List<KnowledgeProblem> list = new ArrayList<>();
	private final Set<String> refused = new HashSet<>();

	void add(String file, int line, String message) {
		list.add(new KnowledgeProblem(file, line, message));
	}

	/** An item of this kind ("entry", "department", "source") and id exists in the files but was refused. */
	void refused(String kind, String id) {
		if (id != null) {
			refused.add(kind + ":" + id);
		}
	}

	boolean wasRefused(String kind, String id) {
		return refused.contains(kind + ":" + id);
	}

	boolean isEmpty() {
		return list.isEmpty();
	}

	List<KnowledgeProblem> list() {
		return list;
	}
}
