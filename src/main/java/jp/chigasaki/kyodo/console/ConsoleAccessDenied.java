package jp.chigasaki.kyodo.console;

/** A coordinator asked for a queue that is not theirs (403). */
class ConsoleAccessDenied extends RuntimeException {

	ConsoleAccessDenied(String message) {
		super(message);
	}
}
