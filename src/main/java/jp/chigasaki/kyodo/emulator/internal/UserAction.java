package jp.chigasaki.kyodo.emulator.internal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the user did on the emulator page.
 *
 * @param speaker the user id of the group member who speaks; ignored one-to-one
 * @param text the message text ({@code TEXT})
 * @param data the postback data ({@code POSTBACK})
 * @param label the tapped button's label, shown when the postback has no {@code displayText}
 * @param displayText what LINE shows as the user's message for a postback; may be null
 */
record UserAction(Kind kind, String speaker, String text, String data, String label, String displayText) {

	enum Kind {

		TEXT("message"), STICKER("message"), POSTBACK("postback"), FOLLOW("follow"), UNFOLLOW("unfollow"),
		JOIN("join"), LEAVE("leave");

		private final String eventType;

		Kind(String eventType) {
			this.eventType = eventType;
		}

		String eventType() {
			return eventType;
		}

		/** LINE gives no reply token for unfollow and leave: nobody is left to read a reply. */
		boolean hasReplyToken() {
			return this != UNFOLLOW && this != LEAVE;
		}

		ChatEntry.Side side(UserAction action) {
			return switch (this) {
				case TEXT, STICKER -> ChatEntry.Side.USER;
				case POSTBACK -> action.displayText() == null ? ChatEntry.Side.NOTICE : ChatEntry.Side.USER;
				default -> ChatEntry.Side.NOTICE;
			};
		}

		/** How the action appears in the chat: as LINE shows it, or as a notice when LINE shows nothing. */
		ObjectNode shown(UserAction action, JsonMapper json) {
			return switch (this) {
				case TEXT -> json.createObjectNode().put("type", "text").put("text", action.text());
				case STICKER -> json.createObjectNode().put("type", "sticker");
				case POSTBACK -> action.displayText() != null
						? json.createObjectNode().put("type", "text").put("text", action.displayText())
						: notice(json, "「" + (action.label() == null ? "ボタン" : action.label()) + "」をタップしました");
				case FOLLOW -> notice(json, "友だち追加しました");
				case UNFOLLOW -> notice(json, "ブロックしました");
				case JOIN -> notice(json, "コンシェルジュをグループに招待しました");
				case LEAVE -> notice(json, "コンシェルジュがグループから退出しました");
			};
		}

		private static ObjectNode notice(JsonMapper json, String text) {
			return json.createObjectNode().put("type", "notice").put("text", text);
		}
	}
}
