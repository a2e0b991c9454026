package jp.chigasaki.kyodo.initiatives;

import java.util.Arrays;
import java.util.List;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;

/** The 分野 as quick-reply buttons (11 fields fit LINE's 13 buttons with one more). */
final class FieldButtons {

	private FieldButtons() {
	}

	static List<QuickReply> of(String prefix) {
		return Arrays.stream(Field.values())
			.map(field -> QuickReply.postback(field.label(), prefix + field.name()))
			.toList();
	}
}
