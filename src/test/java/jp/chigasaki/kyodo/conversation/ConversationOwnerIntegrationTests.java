package jp.chigasaki.kyodo.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.EscalationQueue;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.RecordingMessenger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.knowledge.Audience;

/** The owner against a real redis-server, the real dialogue and real tickets: intake, silence, the bot's return. */
class ConversationOwnerIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	@Autowired
	EscalationQueue queue;

	@Autowired
	ConversationStore store;

	@Test
	void intakeAsksTopicGroupAndKindThenAcknowledgesWithTicketNumberAndDueTime() {
		ChatRef chat = newUser();
		Reply topic = tap(chat, "dlg:human=low");
		assertThat(topic.decision()).isEqualTo(Decision.ESCALATE);
		assertThat(topic.quickReplies()).extracting(QuickReply::label)
			.contains("補助金・げんき基金", "団体の運営・立ち上げ", "その他", "すぐに担当者へ");

		assertThat(tap(chat, "esc:topic:group").text()).contains("団体名");
		Reply kind = say(chat, "浜見平まちづくりの会");
		assertThat(kind.quickReplies()).extracting(QuickReply::label)
			.containsSubsequence("相談", "協働の提案", "補助金", "イベント", "その他");
		Reply ack = tap(chat, "esc:kind:1");

		assertThat(ack.text()).containsPattern("受付番号は #\\d+ です").contains("回答の目安: ").contains("受付時間は平日 8:30〜17:15");
		long id = ticketNumber(ack);
		Ticket ticket = queue.find(id, new Coordinator("admin", "admin", Set.of(Ticket.Queue.values()), true));
		assertThat(ticket.state()).isEqualTo(Ticket.State.WAITING);
		assertThat(ticket.queue()).isEqualTo(Ticket.Queue.CENTER);
		assertThat(ticket.groupName()).isEqualTo("浜見平まちづくりの会");
		assertThat(ticket.kind()).isEqualTo("協働の提案");
		assertThat(ticket.trigger()).isEqualTo(EscalationTrigger.LOW_CONFIDENCE);
		assertThat(ticket.dueAt()).isAfter(ticket.warnAt()).isAfter(ticket.createdAt());
	}

	@Test
	void everyIntakeAnswerTypedOrTappedIsInTheTicketAndItsTranscript() {
		ChatRef chat = newUser();
		tap(chat, "dlg:human");
		tap(chat, "esc:topic:kikin");
		tap(chat, "esc:group:skip");
		long id = ticketNumber(say(chat, "来年度の申請について相談したい"));

		Ticket ticket = queue.find(id, CITY);
		assertThat(ticket.topicKey()).isEqualTo("kikin");
		assertThat(ticket.topicNote()).contains("来年度の申請について相談したい");
		assertThat(queue.transcript(id, CITY)).filteredOn(turn -> turn.speaker() == Turn.Speaker.USER)
			.extracting(Turn::text)
			.containsExactly("補助金・げんき基金", "スキップ", "来年度の申請について相談したい");
		assertThat(queue.transcript(id, CITY)).filteredOn(turn -> turn.speaker() == Turn.Speaker.BOT)
			.extracting(Turn::text)
			.anySatisfy(text -> assertThat(text).contains("① ご相談の分野"))
			.anySatisfy(text -> assertThat(text).contains("③ どのようなご用件"));
	}

	@Test
	void askingForAPersonDuringTheIntakeSkipsToTheTicket() {
		ChatRef chat = newUser();
		tap(chat, "dlg:human");

		Reply ack = say(chat, "担当者に相談");

		assertThat(ack.text()).containsPattern("受付番号は #\\d+ です");
		assertThat(queue.find(ticketNumber(ack), CITY).topicNote()).isNull();
	}

	@Test
	void botStaysSilentWhileTheTicketIsOpenAndEveryMessageGoesToTheTicket() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		List<String> messages = List.of("一つ目", "二つ目", "三つ目", "四つ目", "五つ目");

		List<Reply> replies = messages.stream().map(text -> say(chat, text)).toList();

		assertThat(replies).allSatisfy(reply -> assertThat(reply.silent()).isTrue());
		assertThat(queue.transcript(id, CITY)).filteredOn(turn -> turn.speaker() == Turn.Speaker.USER)
			.extracting(Turn::text)
			.containsExactly("すぐに担当者へ", "一つ目", "二つ目", "三つ目", "四つ目", "五つ目");
	}

	@Test
	void resolveBringsTheBotBackAndTellsTheMember() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.claim(id, CITY);
		assertThat(say(chat, "まだですか").silent()).isTrue();

		queue.resolve(id, CITY);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(messenger.pushesTo(chat.chatId())).extracting(push -> push.reply().text())
				.anySatisfy(text -> assertThat(text).contains("受付番号 #" + id, "対応を終えました")));
		assertThat(say(chat, "協働とは何ですか").silent()).isFalse();
		assertThat(queue.openTickets(Ticket.Queue.CITY)).extracting(Ticket::id).doesNotContain(id);
	}

	@Test
	void returnToBotBringsTheBotBackAndTellsTheMember() {
		ChatRef chat = newUser();
		long id = openTicket(chat);

		queue.returnToBot(id, CITY);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(messenger.pushesTo(chat.chatId())).extracting(push -> push.reply().text())
				.anySatisfy(text -> assertThat(text).contains("受付番号 #" + id, "自動応答に戻りました")));
		assertThat(say(chat, "こんにちは").silent()).isFalse();
		assertThat(queue.find(id, CITY).state()).isEqualTo(Ticket.State.RETURNED);
	}

	@Test
	void aRecordLeftOnAClosedTicketGivesTheConversationToTheBot() {
		ChatRef chat = newUser();
		String key = owner.conversationKey(chat);
		ConversationStore.Loaded loaded = store.load(key);
		store.save(key, loaded.version(), loaded.record().human(999_999_999L, java.time.Instant.now()));

		assertThat(say(chat, "こんにちは").silent()).isFalse();
		assertThat(store.load(key).record().mode()).isEqualTo(ConversationRecord.Mode.BOT);
	}

	@Test
	void ticketShowsWhatTheBotAlreadyToldTheUser() {
		ChatRef chat = newUser();
		Reply answer = say(chat, "協働とは何ですか");

		long id = openTicket(chat);

		assertThat(queue.transcript(id, CITY)).extracting(Turn::speaker, Turn::text)
			.startsWith(tuple(Turn.Speaker.USER, "協働とは何ですか"), tuple(Turn.Speaker.BOT, answer.text()));
		assertThat(queue.transcript(id, CITY)).last().satisfies(turn -> assertThat(turn.text()).contains("#" + id));
	}

	@Test
	void openTicketsAreCountedPerQueueForPrometheus(@Autowired MeterRegistry registry) {
		Gauge gauge = registry.get("kyodo.tickets.open").tag("queue", "CITY").gauge();
		double before = gauge.value();

		openTicket(newUser());

		assertThat(gauge.value()).isEqualTo(before + 1);
	}

	@Test
	void anUnsentMessageLeavesTheRecentTurnsBeforeATicketIsOpened() {
		ChatRef chat = newUser();
		say(chat, "送信取消する相談", "m-unsent-1");
		say(chat, "残る相談", "m-kept-1");

		unsend(chat, "m-unsent-1");
		long id = openTicket(chat);

		assertThat(queue.transcript(id, CITY)).extracting(Turn::text).contains("残る相談").doesNotContain("送信取消する相談");
	}

	@Test
	void anUnsentMessageLeavesTheOpenTicketsTranscript() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		say(chat, "取り消すメッセージ", "m-unsent-2");
		say(chat, "残すメッセージ", "m-kept-2");

		unsend(chat, "m-unsent-2");

		assertThat(queue.transcript(id, CITY)).extracting(Turn::text).contains("残すメッセージ").doesNotContain("取り消すメッセージ");
	}

	@Test
	void groupChatKeepsTheGroupAndTheAskingMember() {
		ChatRef chat = newGroup();
		long id = openTicket(chat);

		assertThat(queue.find(id, CITY).chat()).isEqualTo(chat);
		assertThat(say(new ChatRef(ChatRef.Type.GROUP, chat.chatId(), "Uanother"), "補足です").silent()).isTrue();
	}

	@Test
	void coordinatorGroupHearsOfEachNewTicketWithTopicAndLinkOnly() {
		ChatRef chat = newUser();
		tap(chat, "dlg:human");
		say(chat, "個人的な秘密の相談内容");
		say(chat, "秘密の団体名");
		long id = ticketNumber(tap(chat, "esc:kind:0"));

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
		long id = openTicket(newUser());
		ChatRef cityCoordinator = new ChatRef(ChatRef.Type.GROUP, GROUP, CITY_LINE_USER);
		ChatRef stranger = new ChatRef(ChatRef.Type.GROUP, GROUP, "Unot-a-coordinator");

		Reply refused = tap(stranger, "esc:claim:" + id);
		Reply claimed = tap(cityCoordinator, "esc:claim:" + id);
		Reply again = tap(cityCoordinator, "esc:claim:" + id);

		assertThat(refused.text()).contains("登録されていません");
		assertThat(claimed.text()).contains("#" + id + " は 市の担当 さんが担当します");
		assertThat(again.text()).contains("すでに担当者が決まっています");
		assertThat(queue.find(id, CITY).assignee()).isEqualTo("city");
	}

	@Test
	void askingAgainWhileATicketIsOpenDoesNotOpenASecond() {
		ChatRef chat = newUser();
		long id = openTicket(chat);

		Reply again = tap(chat, "dlg:human");

		assertThat(again.text()).contains("受付番号 #" + id);
		assertThat(again.quickReplies()).isEmpty();
	}

	@Test
	void anOldNoneOfTheseButtonIsAnsweredPolitelyAndStartsNoIntake() {
		ChatRef chat = newUser();

		Reply old = tap(chat, "dlg:none");

		assertThat(old.text()).contains("使えなくなりました");
		assertThat(store.load(owner.conversationKey(chat)).record().mode()).isEqualTo(ConversationRecord.Mode.BOT);
	}

	@Test
	void anIntakeButtonAfterTheIntakeIsAnsweredPolitelyAndOpensNothing() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.returnToBot(id, CITY);

		Reply old = tap(chat, "esc:kind:1");

		assertThat(old.text()).contains("すでに終わっています");
		assertThat(store.load(owner.conversationKey(chat)).record().mode()).isEqualTo(ConversationRecord.Mode.BOT);
	}

	@Test
	void anEventThatRunsAgainOffersTheSameAnswerAgainAndChangesNothing() {
		ChatRef chat = newUser();
		Inbound question = new Inbound("event-again-" + UUID.randomUUID(), chat, Audience.MEMBER, Inbound.Kind.TEXT,
				"協働とは何ですか", null, "m-again");

		ConversationOwner.Answered first = owner.handle(question, () -> {
		});
		ConversationOwner.Answered second = owner.handle(question, () -> {
		});

		assertThat(first.again()).isFalse();
		assertThat(second.again()).isTrue();
		assertThat(second.reply().text()).isEqualTo(first.reply().text());
		assertThat(second.reply().quickReplies()).isEqualTo(first.reply().quickReplies());
		assertThat(store.load(owner.conversationKey(chat)).record().recent()).extracting(Turn::text)
			.filteredOn("協働とは何ですか"::equals)
			.hasSize(1);
	}

	@Test
	void anEventThatRunsAgainChangesNothingAndSendsNothing() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		Inbound message = new Inbound("event-twice-" + UUID.randomUUID(), chat, Audience.MEMBER, Inbound.Kind.TEXT,
				"一度だけ届くはずのメッセージ", null, "m-twice");

		owner.handle(message, () -> {
		});
		ConversationOwner.Answered second = owner.handle(message, () -> {
		});

		assertThat(second.again()).isTrue();
		assertThat(second.reply().silent()).isTrue();
		assertThat(queue.transcript(id, CITY)).extracting(Turn::text)
			.filteredOn("一度だけ届くはずのメッセージ"::equals)
			.hasSize(1);
	}

	@Test
	void theFinalIntakeAnswerThatRunsAgainOpensOneTicket() {
		ChatRef chat = newUser();
		tap(chat, "dlg:human");
		Inbound skip = new Inbound("event-skip-" + UUID.randomUUID(), chat, Audience.MEMBER, Inbound.Kind.POSTBACK,
				null, "esc:skip", null);
		long before = queue.openTickets(Ticket.Queue.CITY).size();

		long id = ticketNumber(owner.handle(skip, () -> {
		}).reply());
		String key = owner.conversationKey(chat);
		ConversationStore.Loaded loaded = store.load(key);
		// As if the instance died after the ticket was stored but before the record was: the event runs again.
		store.save(key, loaded.version(), new ConversationRecord(ConversationRecord.Mode.INTAKE, null, null, null,
				java.util.Map.of("step", "kind", "trigger", "ASKED_FOR_HUMAN"), java.time.Instant.now(), List.of(), null,
				null, List.of(), null));
		long again = ticketNumber(owner.handle(skip, () -> {
		}).reply());

		assertThat(again).isEqualTo(id);
		assertThat(queue.openTickets(Ticket.Queue.CITY)).hasSize((int) before + 1);
	}

	@Test
	void leaveForgetsTheRunningIntake() {
		ChatRef chat = newUser();
		tap(chat, "dlg:human");

		owner.handle(new Inbound(UUID.randomUUID().toString(), chat, Audience.MEMBER, Inbound.Kind.LEAVE, null, null,
				null), () -> {
				});

		assertThat(say(chat, "こんにちは").text()).doesNotContain("① ご相談の分野");
	}

	private void unsend(ChatRef chat, String messageId) {
		owner.handle(new Inbound(UUID.randomUUID().toString(), chat, Audience.MEMBER, Inbound.Kind.UNSEND, null, null,
				messageId), () -> {
				});
	}
}
