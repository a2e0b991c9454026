package jp.chigasaki.kyodo.dialogue;

import java.util.Map;
import java.util.function.BiFunction;

/** What each dialogue button does when tapped. */
final class PostbackReplies {

	private final Map<String, BiFunction<Context, Postback, Reply>> actions;

	/** @param dialogue answers the menu's topic buttons ({@code dlg:ask=…}) as if the question were typed */
	PostbackReplies(Dialogue dialogue) {
		this.actions = Map.of(
				"faq", (context, postback) -> EntryReplies.byId(context, postback.value(), 1)
					.orElseGet(() -> MenuReplies.unknownChoice(context.state())),
				"none", (context, postback) -> MissReplies.handoff(context, Reply.Handoff.NONE_MATCHED),
				"human", (context, postback) -> MissReplies.handoff(context,
						"low".equals(postback.value()) ? Reply.Handoff.LOW_CONFIDENCE : Reply.Handoff.ASKED_FOR_HUMAN),
				"menu", (context, postback) -> MenuReplies.help(context.state(), null, null),
				"possible", (context, postback) -> MenuReplies.possible(context),
				"ask", (context, postback) -> dialogue.answer(postback.value(), context.audience(), context.state()),
				"feedback", PostbackReplies::feedback);
	}

	Reply reply(Context context, String data) {
		return Postback.parse(data)
			.map(postback -> actions.getOrDefault(postback.action(), PostbackReplies::unknown).apply(context, postback))
			.orElseGet(() -> MenuReplies.unknownChoice(context.state()));
	}

	private static Reply feedback(Context context, Postback postback) {
		return switch (postback.value()) {
			case "up" -> SmallTalk.feedback(context, true, postback.parameter("faq"));
			case "down" -> SmallTalk.feedback(context, false, postback.parameter("faq"));
			default -> unknown(context, postback);
		};
	}

	private static Reply unknown(Context context, Postback postback) {
		return MenuReplies.unknownChoice(context.state());
	}
}
