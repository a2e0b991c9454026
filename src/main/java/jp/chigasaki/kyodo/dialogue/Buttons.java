package jp.chigasaki.kyodo.dialogue;

import java.util.List;

/**
 * The quick-reply buttons of the dialogue. Their postback data is {@code dlg:<action>[=<value>][&<key>=<value>]};
 * {@link Postback} reads it back.
 */
final class Buttons {

	static final String PREFIX = "dlg:";

	private Buttons() {
	}

	static QuickReply entry(String label, String id) {
		return QuickReply.postback(label, PREFIX + "faq=" + id);
	}

	static QuickReply human() {
		return QuickReply.postback("担当者に相談", PREFIX + "human");
	}

	/** 「担当者に相談」 offered because the bot could not answer: accepting it is a low-confidence hand-over. */
	static QuickReply humanAfterMiss() {
		return QuickReply.postback("担当者に相談", PREFIX + "human=low");
	}

	static QuickReply noneOfThese() {
		return QuickReply.postback("どれも違う", PREFIX + "none");
	}

	static QuickReply menu() {
		return QuickReply.postback("メニュー", PREFIX + "menu");
	}

	static QuickReply possible() {
		return QuickReply.postback("できることメニュー", PREFIX + "possible");
	}

	static QuickReply helpful(String faqId) {
		return QuickReply.postback("役に立った", PREFIX + "feedback=up&faq=" + faqId);
	}

	static QuickReply notHelpful(String faqId) {
		return QuickReply.postback("役に立たなかった", PREFIX + "feedback=down&faq=" + faqId);
	}

	/**
	 * The topics of the main menu. They are postbacks that ask a question, not text buttons, because in a group the
	 * bot only reads text that mentions it or starts with the prefix, and a postback reaches it either way.
	 */
	static List<QuickReply> topics() {
		return List.of(ask("協働とは？", "協働とは何ですか"), possible(), ask("どこに相談？", "どの課に相談すればいいですか"),
				ask("げんき基金", "市民活動げんき基金について教えてください"), ask("サポセン", "サポセンについて教えてください"), human());
	}

	private static QuickReply ask(String label, String question) {
		return QuickReply.postback(label, PREFIX + "ask=" + question);
	}
}
