package jp.chigasaki.kyodo.escalation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.internal.Acknowledgement;
import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.Replies;

/**
 * The coordinators' LINE group: a message per new ticket with a 「担当する」 button, SLA flags, and claims from the
 * button. Only the configured topic label, kind, due time and console link go there, never what the user wrote.
 * Retry keys are derived from the ticket and event, so a retried notification is delivered once.
 */
class CoordinatorGroup {

	private static final Logger log = LoggerFactory.getLogger(CoordinatorGroup.class);
	static final String CLAIM = "esc:claim:";

	private final EscalationProperties properties;
	private final ChatMessenger messenger;
	private final Coordinator.Directory directory;
	private final Acknowledgement format;

	CoordinatorGroup(EscalationProperties properties, ChatMessenger messenger, Coordinator.Directory directory,
			Acknowledgement format) {
		this.properties = properties;
		this.messenger = messenger;
		this.directory = directory;
		this.format = format;
	}

	boolean isGroup(ChatRef chat) {
		return properties.hasCoordinatorGroup() && chat.type() != ChatRef.Type.USER
				&& properties.coordinatorGroupId().equals(chat.chatId());
	}

	void newTicket(Ticket ticket) {
		String text = "新しい相談 #" + ticket.id() + "\n窓口: " + ticket.queue().label() + "\n分野: " + ticket.topicLabel()
				+ "\n用件: " + (ticket.kind() == null ? "未回答" : ticket.kind()) + "\n形式: "
				+ (ticket.chat().oneToOne() ? "1対1" : "グループ") + "\n回答期限: " + format.format(ticket.dueAt()) + "\n"
				+ link(ticket);
		send(ticket, "new", Replies.text(text, List.of(QuickReply.postback("担当する", CLAIM + ticket.id()))));
	}

	void slaFlag(Ticket ticket, Ticket.Sla sla) {
		String head = sla == Ticket.Sla.BREACH ? "【期限超過】 #" : "【期限間近】 #";
		String text = head + ticket.id() + "（" + ticket.queue().label() + "）はまだ回答がありません。回答期限: "
				+ format.format(ticket.dueAt()) + "\n" + link(ticket);
		send(ticket, "sla-" + sla, Replies.text(text));
	}

	/** 「担当する」 tapped in the coordinator group: the same atomic claim as in the console. */
	Reply claim(ChatRef chat, String data, EscalationQueue queue) {
		if (!isGroup(chat)) {
			return Replies.text("この操作は担当者グループでのみ使えます。");
		}
		long id;
		try {
			id = Long.parseLong(data.substring(CLAIM.length()));
		}
		catch (NumberFormatException ex) {
			return Replies.text("受付番号が読み取れませんでした。");
		}
		Optional<Coordinator> coordinator = chat.userId() == null ? Optional.empty()
				: directory.byLineUserId(chat.userId());
		if (coordinator.isEmpty()) {
			return Replies.text("このLINEアカウントは担当者として登録されていません。コンソールから担当してください。\n" + link(id));
		}
		try {
			queue.claim(id, coordinator.get());
			return Replies.text("#" + id + " は " + coordinator.get().displayName() + " さんが担当します。\n" + link(id));
		}
		catch (TicketException ex) {
			return Replies.text(ex.getMessage());
		}
	}

	private void send(Ticket ticket, String event, Reply reply) {
		if (!properties.hasCoordinatorGroup()) {
			return;
		}
		String retryKey = UUID.nameUUIDFromBytes((event + ":" + ticket.id()).getBytes(StandardCharsets.UTF_8))
			.toString();
		try {
			messenger.push(new ChatRef(ChatRef.Type.GROUP, properties.coordinatorGroupId(), null), reply, retryKey);
		}
		catch (ChatMessenger.DeliveryException ex) {
			log.warn("Coordinator group not told about ticket {} ({})", ticket.id(), event);
		}
	}

	private String link(Ticket ticket) {
		return link(ticket.id());
	}

	private String link(long id) {
		String base = properties.consoleBaseUrl().toString().replaceAll("/+$", "");
		return base + "/console/tickets/" + id;
	}
}
