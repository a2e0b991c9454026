package jp.chigasaki.kyodo.knowledge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a knowledge file as strict UTF-8, reporting the line of the first invalid byte instead of guessing. */
final class StrictText {

	private StrictText() {
	}

	/** The text without a leading BOM, or null after adding a problem. */
	static String read(Path path, String file, Problems problems) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			problems.add(file, 1, "cannot read the file (" + ex.getClass().getSimpleName() + ")");
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			problems.add(file, lineAt(bytes, in.position()),
					"not valid UTF-8 (byte 0x%02X); save the file as UTF-8".formatted(bytes[in.position()] & 0xFF));
			return null;
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
