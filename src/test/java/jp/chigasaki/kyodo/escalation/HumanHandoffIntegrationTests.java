package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.internal.ConversationStore;

/** The LINE layer's port against a real redis-server: intake, silence while a ticket is open, the bot's return. */
class HumanHandoffIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	@Autowired
	HumanHandoff handoff;

	@Autowired
	EscalationQueue queue;

	@Autowired
	ConversationStore conversations;

	@Test
	void intakeAsksTopicGroupAndKindThenAcknowledgesWithTicketNumberAndDueTime() {
		ChatRef chat = newUser();
		Reply topic = handoff.escalate(chat, EscalationTrigger.LOW_CONFIDENCE);
		assertThat(topic.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(topic.quickReplies()).extracting(QuickReply::label)
			.contains("補助金・げんき基金", "団体の運営・立ち上げ", "その他", "すぐに担当者へ");
		assertThat(topic.quickReplies()).allSatisfy(reply -> assertThat(reply.postbackData()).startsWith("esc:"));

		Reply group = handoff.interceptPostback(chat, "esc:topic:group").orElseThrow();
		assertThat(group.text()).contains("団体名");
		Reply kind = handoff.interceptText(chat, "浜見平まちづくりの会").orElseThrow();
		assertThat(kind.quickReplies()).extracting(QuickReply::label)
			.containsSubsequence("相談", "協働の提案", "補助金", "イベント", "その他");
		Reply ack = handoff.interceptPostback(chat, "esc:kind:1").orElseThrow();

		assertThat(ack.text()).containsPattern("受付番号は #\\d+ です").contains("回答の目安: ").contains("受付時間は平日 8:30〜17:15");
		long id = Long.parseLong(ack.text().replaceAll("(?s).*#(\\d+) です.*", "$1"));
		Ticket ticket = queue.find(id, new Coordinator("admin", "admin", Set.of(Ticket.Queue.values()), true));
		assertThat(ticket.state()).isEqualTo(Ticket.State.WAITING);
		assertThat(ticket.queue()).isEqualTo(Ticket.Queue.CENTER);
		assertThat(ticket.groupName()).isEqualTo("浜見平まちづくりの会");
		assertThat(ticket.kind()).isEqualTo("協働の提案");
		assertThat(ticket.trigger()).isEqualTo(EscalationTrigger.LOW_CONFIDENCE);
		assertThat(ticket.dueAt()).isAfter(ticket.warnAt()).isAfter(ticket.createdAt());
	}

	@Test
	void botStaysSilentWhileTheTicketIsOpenAndEveryMessageGoesToTheTicket() {
		ChatRef chat = newUser();
		long id = openTicket(handoff, chat);
		List<String> messages = List.of("一つ目", "二つ目", "三つ目", "四つ目", "五つ目");

		List<Optional<Reply>> replies = messages.stream().map(text -> handoff.interceptText(chat, text)).toList();

		assertThat(replies).allSatisfy(reply -> assertThat(reply).hasValueSatisfying(r -> assertThat(r.silent()).isTrue()));
		assertThat(queue.transcript(id, CITY)).filteredOn(turn -> turn.speaker() == Turn.Speaker.USER)
			.extracting(Turn::text)
			.containsExactlyElementsOf(messages);
	}

	@Test
	void resolveBringsTheBotBack() {
		ChatRef chat = newUser();
		long id = openTicket(handoff, chat);
		queue.claim(id, CITY);
		assertThat(handoff.interceptText(chat, "まだですか")).isPresent();

		queue.resolve(id, CITY);

		assertThat(handoff.interceptText(chat, "協働とは何ですか")).isEmpty();
		assertThat(queue.openTickets(Ticket.Queue.CITY)).extracting(Ticket::id).doesNotContain(id);
	}

	@Test
	void returnToBotBringsTheBotBackWithoutAClaim() {
		ChatRef chat = newUser();
		long id = openTicket(handoff, chat);

		queue.returnToBot(id, CITY);

		assertThat(handoff.interceptText(chat, "こんにちは")).isEmpty();
		assertThat(queue.find(id, CITY).state()).isEqualTo(Ticket.State.RETURNED);
	}

	@Test
	void ticketShowsWhatTheBotAlreadyToldTheUser() {
		ChatRef chat = newUser();
		handoff.recordTurn(chat, new Turn(Instant.now(), Turn.Speaker.USER, "補助金はありますか"));
		handoff.recordTurn(chat, new Turn(Instant.now(), Turn.Speaker.BOT, "げんき基金のご案内です"));

		long id = openTicket(handoff, chat);

		assertThat(queue.transcript(id, CITY)).extracting(Turn::speaker, Turn::text)
			.startsWith(org.assertj.core.groups.Tuple.tuple(Turn.Speaker.USER, "補助金はありますか"),
					org.assertj.core.groups.Tuple.tuple(Turn.Speaker.BOT, "げんき基金のご案内です"));
		assertThat(queue.transcript(id, CITY)).last().satisfies(turn -> assertThat(turn.text()).contains("#" + id));
	}

	@Test
	void openTicketsAreCountedPerQueueForPrometheus(@Autowired MeterRegistry registry) {
		Gauge gauge = registry.get("kyodo.tickets.open").tag("queue", "CITY").gauge();
		double before = gauge.value();

		openTicket(handoff, newUser());

		assertThat(gauge.value()).isEqualTo(before + 1);
	}

	@Test
	void anUnsentMessageLeavesTheRecentTurnsBeforeATicketIsOpened() {
		ChatRef chat = newUser();
		handoff.recordTurn(chat, new Turn(Instant.now(), Turn.Speaker.USER, "送信取消する相談", "m-unsent-1"));
		handoff.recordTurn(chat, new Turn(Instant.now(), Turn.Speaker.USER, "残る相談", "m-kept-1"));

		handoff.forgetMessage(chat, "m-unsent-1");
		long id = openTicket(handoff, chat);

		assertThat(queue.transcript(id, CITY)).extracting(Turn::text)
			.contains("残る相談")
			.doesNotContain("送信取消する相談");
	}

	@Test
	void anUnsentMessageLeavesTheOpenTicketsTranscript() {
		ChatRef chat = newUser();
		long id = openTicket(handoff, chat);
		handoff.interceptText(chat, "取り消すメッセージ", "m-unsent-2");
		handoff.interceptText(chat, "残すメッセージ", "m-kept-2");

		handoff.forgetMessage(chat, "m-unsent-2");

		assertThat(queue.transcript(id, CITY)).extracting(Turn::text)
			.contains("残すメッセージ")
			.doesNotContain("取り消すメッセージ");
	}

	@Test
	void groupChatKeepsTheGroupAndTheAskingMember() {
		ChatRef chat = newGroup();
		long id = openTicket(handoff, chat);

		Ticket ticket = queue.find(id, CITY);

		assertThat(ticket.chat()).isEqualTo(chat);
		assertThat(handoff.interceptText(new ChatRef(ChatRef.Type.GROUP, chat.chatId(), "Uanother"), "補足です"))
			.hasValueSatisfying(reply -> assertThat(reply.silent()).isTrue());
	}

	@Test
	void coordinatorGroupHearsOfEachNewTicketWithTopicAndLinkOnly() {
		ChatRef chat = newUser();
		handoff.escalate(chat, EscalationTrigger.ASKED_FOR_HUMAN);
		handoff.interceptText(chat, "個人的な秘密の相談内容");
		handoff.interceptText(chat, "秘密の団体名");
		long id = Long.parseLong(handoff.interceptPostback(chat, "esc:kind:0").orElseThrow().text()
			.replaceAll("(?s).*#(\\d+) です.*", "$1"));

		Reply notice = messenger.pushesTo(GROUP).stream().map(RecordingMessenger.Push::reply)
			.filter(reply -> reply.text().startsWith("新しい相談 #" + id + "\n"))
			.findFirst()
			.orElseThrow();

		assertThat(notice.text()).contains("分野: その他", "用件: 相談", "https://console.example.jp/console/tickets/" + id)
			.doesNotContain("秘密");
		assertThat(notice.quickReplies()).containsExactly(QuickReply.postback("担当する", "esc:claim:" + id));
	}

	@Test
	void claimFromTheCoordinatorGroupFollowsTheSameRule() {
		long id = openTicket(handoff, newUser());
		ChatRef cityCoordinator = new ChatRef(ChatRef.Type.GROUP, GROUP, CITY_LINE_USER);
		ChatRef stranger = new ChatRef(ChatRef.Type.GROUP, GROUP, "Unot-a-coordinator");

		Reply refused = handoff.interceptPostback(stranger, "esc:claim:" + id).orElseThrow();
		Reply claimed = handoff.interceptPostback(cityCoordinator, "esc:claim:" + id).orElseThrow();
		Reply again = handoff.interceptPostback(cityCoordinator, "esc:claim:" + id).orElseThrow();

		assertThat(refused.text()).contains("登録されていません");
		assertThat(claimed.text()).contains("#" + id + " は 市の担当 さんが担当します");
		assertThat(again.text()).contains("すでに担当者が決まっています");
		assertThat(queue.find(id, CITY).assignee()).isEqualTo("city");
	}

	@Test
	void escalatingAgainWhileATicketIsOpenDoesNotOpenASecond() {
		ChatRef chat = newUser();
		long id = openTicket(handoff, chat);

		Reply again = handoff.escalate(chat, EscalationTrigger.REPEATED_MISSES);

		assertThat(again.text()).contains("受付番号 #" + id);
		assertThat(again.quickReplies()).isEmpty();
	}

	@Test
	void aPointerLeftBehindByACrashDoesNotBlockANewTicket() {
		ChatRef chat = newUser();
		conversations.pointAt(chat, 999_999_999L);

		assertThat(handoff.interceptText(chat, "こんにちは")).isEmpty();
		conversations.pointAt(chat, 999_999_998L);
		long id = openTicket(handoff, chat);

		assertThat(conversations.openTicket(chat)).contains(id);
	}

	@Test
	void forgetDropsTheRunningIntake() {
		ChatRef chat = newUser();
		handoff.escalate(chat, EscalationTrigger.ASKED_FOR_HUMAN);

		handoff.forget(chat);

		assertThat(handoff.interceptText(chat, "こんにちは")).isEmpty();
	}
}
