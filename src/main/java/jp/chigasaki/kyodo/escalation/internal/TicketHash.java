package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;

/** The fields of the ticket HASH: plain strings, instants as epoch milliseconds, absent when null. */
final class TicketHash {

	private TicketHash() {
	}

	static Map<String, String> write(Ticket ticket) {
		Map<String, String> hash = new LinkedHashMap<>();
		put(hash, "state", ticket.state().name());
		put(hash, "queue", ticket.queue().name());
		put(hash, "chatType", ticket.chat().type().name());
		put(hash, "chatId", ticket.chat().chatId());
		put(hash, "memberId", ticket.chat().userId());
		put(hash, "trigger", ticket.trigger().name());
		put(hash, "topicKey", ticket.topicKey());
		put(hash, "topicLabel", ticket.topicLabel());
		put(hash, "topicNote", ticket.topicNote());
		put(hash, "groupName", ticket.groupName());
		put(hash, "kind", ticket.kind());
		put(hash, "createdAt", millis(ticket.createdAt()));
		put(hash, "warnAt", millis(ticket.warnAt()));
		put(hash, "dueAt", millis(ticket.dueAt()));
		put(hash, "assignee", ticket.assignee());
		put(hash, "claimedAt", millis(ticket.claimedAt()));
		put(hash, "repliedAt", millis(ticket.repliedAt()));
		put(hash, "transferReason", ticket.transferReason());
		return hash;
	}

	static Ticket read(long id, Map<String, String> hash) {
		ChatRef chat = new ChatRef(ChatRef.Type.valueOf(hash.get("chatType")), hash.get("chatId"),
				hash.get("memberId"));
		return new Ticket(id, Ticket.State.valueOf(hash.get("state")), Ticket.Queue.valueOf(hash.get("queue")), chat,
				EscalationTrigger.valueOf(hash.get("trigger")), hash.get("topicKey"), hash.get("topicLabel"),
				hash.get("topicNote"), hash.get("groupName"), hash.get("kind"), instant(hash.get("createdAt")),
				instant(hash.get("warnAt")), instant(hash.get("dueAt")), hash.get("assignee"),
				instant(hash.get("claimedAt")), instant(hash.get("repliedAt")), hash.get("transferReason"));
	}

	private static void put(Map<String, String> hash, String field, String value) {
		if (value != null) {
			hash.put(field, value);
		}
	}

	private static String millis(Instant instant) {
		return instant == null ? null : Long.toString(instant.toEpochMilli());
	}

	private static Instant instant(String millis) {
		return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
	}
}
