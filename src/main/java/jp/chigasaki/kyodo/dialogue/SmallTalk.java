package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Greetings, thanks and feedback. They are {@link Decision#GREETING}: social turns that answer no question, so that
 * the answer rate counts only FAQ answers.
 */
final class SmallTalk {

	private static final String INTRO = "茅ヶ崎市の協働コンシェルジュです。市民活動団体のみなさんと市が一緒に取り組む「協働」について、"
			+ "ご質問にお答えします。\n" + MenuReplies.TOPICS;

	private static final String STAFF = "\n市の職員の方には、協働のルールや庁内の手続きについてもお答えします。";

	private static final String CLOSING = "\nお答えできないことは、" + MissReplies.COORDINATORS + "におつなぎします。"
			+ "ご質問を文章で送るか、下のボタンからお選びください。";

	private SmallTalk() {
	}

	static Reply greeting(Context context) {
		return greet("こんにちは。", context.audience(), context.state(), Intent.GREETING, context.sureness());
	}

	static Reply welcome(Audience audience) {
		return greet("友だち追加ありがとうございます。", audience, ConversationState.NEW, null, 0);
	}

	private static Reply greet(String opening, Audience audience, ConversationState state, String intent,
			double confidence) {
		return Draft.of(Decision.GREETING)
			.intent(intent, confidence)
			.text(opening + INTRO + (audience == Audience.STAFF ? STAFF : "") + CLOSING)
			.quick(Buttons.topics())
			.build(state.next(List.of(), 0));
	}

	/** In a group the bot answers only when addressed, so it says how. */
	static Reply joined(String prefix) {
		String clean = SafeText.question(prefix, 20);
		String how = clean.isEmpty() ? "このグループでは、私にメンションしてご質問ください。"
				: "このグループでは、私にメンションするか、「" + clean + "」で始めてご質問ください（例：「" + clean
						+ " げんき基金の上限は？」）。";
		return Draft.of(Decision.GREETING)
			.text("はじめまして。茅ヶ崎市の協働コンシェルジュです。協働や市民活動についてのご質問にお答えします。\n" + how)
			.build(ConversationState.NEW);
	}

	/** Words that thank (the rest of the thanks intent only acknowledges: 「はい」「なるほど」「了解です」). */
	private static final Pattern THANKING = Pattern.compile("ありがと|有難|有り難|感謝|助か|たすか|サンキュ|さんきゅ|あざ|お手数"
			+ "|丁寧|thank|thx", Pattern.CASE_INSENSITIVE);

	static Reply thanks(Context context) {
		// 「はい」「なるほど」 after an answer thank nobody: read as questions they were a fallback ("could not read it").
		boolean thanking = THANKING.matcher(SafeText.fold(context.question())).find();
		return Draft.of(Decision.GREETING)
			.intent(Intent.THANKS, context.sureness())
			.text((thanking ? "どういたしまして。" : "承知しました。") + "ほかにもご質問があれば、いつでもどうぞ。")
			.quick(Buttons.menu())
			.build(context.settled(null));
	}

	/** 「役に立った／立たなかった」: thanks; after a 「立たなかった」 a coordinator is offered. */
	static Reply feedback(Context context, boolean helpful, String faqId) {
		Draft draft = Draft.of(Decision.GREETING).entry(context.exists(faqId) ? faqId : null, null, 0);
		if (helpful) {
			draft.text("ご評価ありがとうございます。お役に立ててよかったです。ほかにもご質問があれば、どうぞ。").quick(Buttons.menu());
		}
		else {
			draft.text("ご意見ありがとうございます。うまくお答えできず申し訳ありません。言葉を変えてもう一度ご質問いただくか、"
					+ MissReplies.COORDINATORS + "にご相談ください。")
				.quick(Buttons.humanAfterMiss(), Buttons.menu());
		}
		return draft.build(context.settled(null));
	}
}
