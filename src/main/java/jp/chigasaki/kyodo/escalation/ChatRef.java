package jp.chigasaki.kyodo.escalation;

/**
 * A LINE conversation: one-to-one ({@code USER}, chatId is the user id), a group or a room. {@code userId} is the
 * member who spoke, null when LINE does not give it. These are personal data: never log them.
 */
public record ChatRef(Type type, String chatId, String userId) {

	public enum Type {
		USER, GROUP, ROOM
	}

	public static ChatRef user(String userId) {
		return new ChatRef(Type.USER, userId, userId);
	}

	public boolean oneToOne() {
		return type == Type.USER;
	}

	@Override
	public String toString() {
		return "ChatRef[" + type + "]";
	}
}
