package jp.chigasaki.kyodo.line;

import java.util.Optional;

import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.UserSource;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.knowledge.Audience;

/** Who is talking where: the conversation an event belongs to, and whether the speaker is registered staff. */
class Chats {

	private final LineProperties properties;

	Chats(LineProperties properties) {
		this.properties = properties;
	}

	/** Empty for a source LINE added after this was written. */
	static Optional<ChatRef> of(Source source) {
		if (source instanceof UserSource user && user.userId() != null) {
			return Optional.of(ChatRef.user(user.userId()));
		}
		if (source instanceof GroupSource group && group.groupId() != null) {
			return Optional.of(new ChatRef(ChatRef.Type.GROUP, group.groupId(), group.userId()));
		}
		if (source instanceof RoomSource room && room.roomId() != null) {
			return Optional.of(new ChatRef(ChatRef.Type.ROOM, room.roomId(), room.userId()));
		}
		return Optional.empty();
	}

	Audience audienceOf(ChatRef chat) {
		return chat.userId() != null && properties.staffUserIds().contains(chat.userId()) ? Audience.STAFF
				: Audience.MEMBER;
	}
}
