package jp.chigasaki.kyodo.exchange;

/** A table that cannot be read or written, with {@code file:line: message}; nothing has been written then. */
public final class FaqTableException extends RuntimeException {

	public FaqTableException(String message) {
		super(message);
	}
}
