package jp.chigasaki.kyodo.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge files are broken; {@link #problems()} says where and how. */
public class KnowledgeException extends RuntimeException {

	private final List<KnowledgeProblem> problems;

	public KnowledgeException(List<KnowledgeProblem> problems) {
		super(problems.size() + " problem(s) in the knowledge files:\n"
				+ problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<KnowledgeProblem> problems() {
		return problems;
	}
}
