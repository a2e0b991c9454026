package jp.chigasaki.kyodo.line;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Mentionee;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserMentionee;

/**
 * In a group or room the bot speaks only when spoken to: the message mentions the bot ({@code isSelf}) or starts with
 * {@code kyodo.line.group-prefix}. The prefix, and a mention at the start or the end, is cut off before the question
 * is matched. A mention between two parts of the text (「会場どうする？ 文化会館は？ @協働コンシェルジュ 会議室って何か月前から
 * 予約できる？」) stays: it marks where the question to the bot begins, and the dialogue reads what comes before it as the
 * group's own talk (docs/dialogue.md).
 */
class GroupAddressing {

	private static final String SEPARATORS = " 　、,，:：!！";

	private final String prefix;

	GroupAddressing(LineProperties properties) {
		this.prefix = properties.groupPrefix();
	}

	/** The question addressed to the bot, or empty when the message is for the other members. */
	Optional<String> question(TextMessageContent message) {
		String text = message.text() == null ? "" : message.text();
		List<UserMentionee> self = selfMentions(message);
		if (!self.isEmpty()) {
			return Optional.of(trim(withoutMentions(text, self)));
		}
		String trimmed = trim(text);
		if (!prefix.isEmpty() && trimmed.startsWith(prefix)) {
			return Optional.of(trim(trimmed.substring(prefix.length())));
		}
		return Optional.empty();
	}

	private static List<UserMentionee> selfMentions(TextMessageContent message) {
		if (message.mention() == null || message.mention().mentionees() == null) {
			return List.of();
		}
		return message.mention()
			.mentionees()
			.stream()
			.filter(UserMentionee.class::isInstance)
			.map(UserMentionee.class::cast)
			.filter(mentionee -> Boolean.TRUE.equals(mentionee.isSelf()))
			.toList();
	}

	/**
	 * Cuts the mentions at the start or the end, from the end so that earlier indexes (UTF-16 positions, as LINE sends
	 * them) stay valid; a mention with words on both sides stays.
	 */
	private static String withoutMentions(String text, List<UserMentionee> mentions) {
		StringBuilder rest = new StringBuilder(text);
		mentions.stream()
			.filter(m -> m.index() != null && m.length() != null)
			.sorted(Comparator.comparing(Mentionee::index).reversed())
			.forEach(m -> {
				int start = Math.max(0, Math.min(m.index(), rest.length()));
				int end = Math.max(start, Math.min(m.index() + m.length(), rest.length()));
				if (!hasWords(rest.substring(0, start)) || !hasWords(rest.substring(end))) {
					rest.delete(start, end);
				}
			});
		return rest.toString();
	}

	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
	}
}
