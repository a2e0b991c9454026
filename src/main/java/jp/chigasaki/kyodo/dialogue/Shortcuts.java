package jp.chigasaki.kyodo.dialogue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Messages that are commands rather than questions: what a LINE rich menu sends, and button labels people type.
 * They get the same reply every time, whatever the engine makes of one word.
 */
final class Shortcuts {

	private static final Function<Context, Reply> HELP = MenuReplies::help;

	private static final Map<String, Function<Context, Reply>> WORDS = Map.of("メニュー", HELP, "めにゅー", HELP, "menu", HELP,
			"ヘルプ", HELP, "help", HELP, "使い方", HELP, "できることメニュー", MenuReplies::possible, "担当者に相談",
			context -> MissReplies.handoff(context, Reply.Handoff.ASKED_FOR_HUMAN));

	private Shortcuts() {
	}

	/** The command this whole message is, ignoring width, case, spaces and closing punctuation. */
	static Optional<Function<Context, Reply>> of(String question) {
		String word = SafeText.fold(question).replaceAll("[\\s。．.!！?？]", "");
		return Optional.ofNullable(WORDS.get(word));
	}
}
