package jp.chigasaki.kyodo.knowledge;

/** One thing wrong with a knowledge file, printed as {@code file:line: message}. */
public record KnowledgeProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + message;
	}
}
