package jp.chigasaki.kyodo.knowledge;

/** Where a knowledge item is written: file relative to the knowledge root's parent, and 1-based line. */
public record Location(String file, int line) {

	@Override
	public String toString() {
		return file + ":" + line;
	}
}
