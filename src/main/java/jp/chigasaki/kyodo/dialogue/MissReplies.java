package jp.chigasaki.kyodo.dialogue;

import java.util.List;

import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * When the bot cannot answer, it says so honestly and offers a coordinator; after too many misses in a row, and
 * whenever someone asks for a person, it hands the conversation over.
 */
final class MissReplies {

	static final String COORDINATORS = "担当者（市民自治推進課 協働推進担当・サポセン）";

	private static final String LOW = "申し訳ありません。ご質問の内容をうまく読み取れず、確かなお答えができません。"
			+ "言葉を変えてもう一度送っていただくか、" + COORDINATORS + "にご相談ください。";

	private static final String OUT_OF_SCOPE = "申し訳ありません。そのご質問には、このトークではお答えできません。"
			+ "このトークでは、協働や市民活動についてご案内しています。";

	private MissReplies() {
	}

	/** A question the bot cannot answer; the second in a row hands over. */
	static Reply miss(Context context, boolean outOfScope) {
		int misses = context.state().misses() + 1;
		if (misses >= context.properties().missesBeforeHandoff()) {
			return handoff(context, Reply.Handoff.REPEATED_MISSES);
		}
		Draft draft = Draft.of(Decision.FALLBACK)
			.intent(outOfScope ? Intent.OUT_OF_SCOPE : null, context.sureness())
			.candidates(context.candidates());
		if (outOfScope) {
			draft.text(OUT_OF_SCOPE + switchboard(context));
		}
		else {
			draft.text(LOW);
		}
		return draft.quick(Buttons.humanAfterMiss(), Buttons.menu())
			.build(context.state().next(List.of(), misses));
	}

	private static String switchboard(Context context) {
		return context.switchboard()
			.filter(d -> d.phone() != null)
			.map(d -> "\n市のほかの手続きや暮らしのことは、" + d.name() + "（" + d.phone() + "）で担当課をお尋ねください。")
			.orElse("\n市のほかの手続きや暮らしのことは、市役所の代表電話で担当課をお尋ねください。");
	}

	/** Hands over; the LINE layer starts the hand-over for {@link Reply#handoff()} and sends what it returns. */
	static Reply handoff(Context context, Reply.Handoff why) {
		return Draft.of(Decision.ESCALATE)
			.intent(why == Reply.Handoff.ASKED_FOR_HUMAN ? Intent.TALK_TO_HUMAN : null,
					context.sureness())
			.candidates(context.candidates())
			.handoff(why)
			.text(switch (why) {
				case REPEATED_MISSES -> "たびたびお答えできず申し訳ありません。" + COORDINATORS + "におつなぎします。";
				case NONE_MATCHED -> "お探しの内容をご案内できず申し訳ありません。" + COORDINATORS + "におつなぎします。";
				case ASKED_FOR_HUMAN, LOW_CONFIDENCE -> COORDINATORS + "におつなぎします。";
			})
			.build(context.state().next(List.of(), 0));
	}
}
