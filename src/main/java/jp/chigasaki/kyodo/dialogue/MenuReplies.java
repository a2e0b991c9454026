package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/** The menus: what the bot can help with, and the できることメニュー (what groups can do with the city). */
final class MenuReplies {

	static final String TOPICS = """
			・協働とは何か、委託や補助との違い
			・市と一緒にできること（できることメニュー）
			・どの課に相談すればよいか
			・市民活動げんき基金のこと
			・サポセン（市民活動サポートセンター）のこと""";

	private static final String HELP = "ご案内できる内容です。下のボタンから選ぶか、ご質問を文章で送ってください。\n" + TOPICS
			+ "\nお答えできないことは、" + MissReplies.COORDINATORS + "におつなぎします。";

	/** Items offered again as quick replies, besides the full list. */
	private static final int LIKELIEST = 4;

	private MenuReplies() {
	}

	/** The main menu. Uses no knowledge, so that it is also the answer when anything else fails. */
	static Reply help(ConversationState state, String intent, String lead) {
		return Draft.of(Decision.MENU)
			.intent(intent, intent == null ? 0 : 1)
			.text(lead == null ? HELP : lead + "\n\n" + HELP)
			.quick(Buttons.topics())
			.build(state.next(List.of(), 0));
	}

	static Reply help(Context context) {
		return Draft.of(Decision.MENU)
			.intent(Intent.HELP_MENU, context.sureness())
			.candidates(context.candidates())
			.text(HELP)
			.quick(Buttons.topics())
			.build(context.settled(null));
	}

	/** The できることメニュー: every item as a choice to tap, the likeliest ones also as quick replies. */
	static Reply possible(Context context) {
		List<MenuItem> items = ranked(context);
		Draft draft = Draft.of(Decision.MENU)
			.intent(Intent.WHAT_IS_POSSIBLE, context.sureness())
			.candidates(context.candidates())
			.text("市と一緒にできること（できることメニュー）です。選んでいただくと、市ができること・できないこと・相談先をご案内します。")
			.choices(new ReplyMessage.Choices("できることメニュー", items.stream()
				.map(item -> new ReplyMessage.Choices.Choice(item.name(), Buttons.entry(item.name(), item.id()).postbackData()))
				.toList()));
		items.stream().limit(LIKELIEST).forEach(item -> draft.quick(Buttons.entry(item.name(), item.id())));
		return draft.quick(Buttons.human()).build(context.settled(null));
	}

	/** Menu items the engine found likely come first, then the rest in the order of the file. */
	private static List<MenuItem> ranked(Context context) {
		Set<MenuItem> items = new LinkedHashSet<>();
		context.candidates().forEach(c -> context.visibleMenuItem(c.faqId()).ifPresent(items::add));
		context.knowledge().menu().stream().filter(item -> item.visibleTo(context.audience())).forEach(items::add);
		return new ArrayList<>(items);
	}

	static Reply nonText(ConversationState state) {
		return help(state, null, "申し訳ありません。スタンプや画像、音声、ファイル、位置情報の内容は読み取れません。ご質問は文字で送ってください。");
	}

	static Reply askForText(ConversationState state) {
		return help(state, null, "ご質問を文章で送ってください。");
	}

	/**
	 * A choice's number (「3」「②」) with no such choice offered: the options offered and how many, or that none are, and
	 * the menu; never the entry that happens to contain the number.
	 */
	static Reply noSuchChoice(ConversationState state) {
		int offered = state.offered().size();
		return help(state, null, offered == 0 ? "番号でお選びいただく選択肢は、いまはありません。"
				: "その番号の選択肢はありません。先ほどの1〜" + offered + "の番号か、ボタンでお選びください。");
	}

	/** Postback data the dialogue did not write (an old button, or forged): a polite menu, never an error. */
	static Reply unknownChoice(ConversationState state) {
		return help(state, null, "申し訳ありません。その操作にはお応えできませんでした。");
	}
}
