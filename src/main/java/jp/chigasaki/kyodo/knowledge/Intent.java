package jp.chigasaki.kyodo.knowledge;

import java.util.List;

/** A conversational intent recognised besides FAQ matching, with its example utterances. */
public record Intent(String id, String description, List<String> examples, Location location) {

	public static final String WHO_TO_CONSULT = "who-to-consult";
	public static final String WHAT_IS_POSSIBLE = "what-is-possible";
	public static final String TALK_TO_HUMAN = "talk-to-human";
	public static final String GREETING = "greeting";
	public static final String THANKS = "thanks";
	public static final String HELP_MENU = "help-menu";
	public static final String OUT_OF_SCOPE = "out-of-scope";

	public static final List<String> KNOWN = List.of(WHO_TO_CONSULT, WHAT_IS_POSSIBLE, TALK_TO_HUMAN, GREETING,
			THANKS, HELP_MENU, OUT_OF_SCOPE);
}
