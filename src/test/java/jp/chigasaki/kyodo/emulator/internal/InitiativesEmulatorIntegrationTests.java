package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meeting;
import jp.chigasaki.kyodo.meetings.Meetings;
import jp.chigasaki.kyodo.needs.Matches;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every initiative end to end through the emulator (signed webhooks to the real /callback, the conversation owner,
 * the guided flows, Redis, the local Messaging API stand-in): a member registers a group; a staff member posts a
 * need; the coordinator publishes it, sees the match and proposes a meeting; both confirm with the pushed buttons;
 * an event fills to capacity under concurrent applications; an announcement reaches only the opted-in member.
 */
@LocalRunTest
@ExtendWith(OutputCaptureExtension.class)
class InitiativesEmulatorIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	Groups groups;

	@Autowired
	Needs needs;

	@Autowired
	Matches matches;

	@Autowired
	Meetings meetings;

	@Autowired
	Events events;

	@Autowired
	Announcements announcements;

	@Autowired
	Handovers handovers;

	@Test
	void theMatchingFlowFromRegistrationToAConfirmedMeeting(CapturedOutput log) throws Exception {
		if (groups.of(Persona.MEMBER.userId()).isEmpty()) {
			registerTheMembersGroup();
		}
		Group group = groups.of(Persona.MEMBER.userId()).orElseThrow();

		ask("staff", text("協働の種を登録"), "1/7 タイトル");
		ask("staff", text("海岸清掃を一緒に"), "2/7 分野");
		ask("staff", postback("need:s:field:ENVIRONMENT"), "3/7 担当課");
		ask("staff", text("環境政策課"), "4/7");
		ask("staff", text("海岸のごみを減らす清掃活動を団体と一緒に"), "5/7");
		ask("staff", postback("need:s:offer:PLACE"), "選択中: 場所");
		ask("staff", postback("need:s:next"), "6/7");
		ask("staff", postback("need:s:cost:no"), "7/7");
		ask("staff", text("2026年度"), "この内容で登録しますか");
		ask("staff", postback("need:s:confirm"), "確認待ち");
		Need need = needs.postedBy(Persona.STAFF.userId()).get(0);
		assertThat(need.status()).isEqualTo(Need.Status.DRAFT);

		needs.change(need.id(), null, Need.Status.PUBLISHED);
		assertThat(matches.forNeed(need.id())).extracting(Matches.Match::groupId).first().isEqualTo(group.id());
		ask("member", text("協働の種"), "分野を選んでください");
		ask("member", postback("need:field:ENVIRONMENT"), "海岸清掃を一緒に");
		ask("member", postback("need:interest:" + need.id()), "市民自治推進課にお伝えしました");
		assertThat(needs.interested(need.id())).contains(group.id());
		long ticketId = Long.parseLong(lastBot("member").replaceAll("(?s).*受付番号 #(\\d+).*", "$1"));
		assertThat(handovers.find(ticketId)).hasValueSatisfying(ticket -> {
			assertThat(ticket.kind()).isEqualTo("マッチング");
			assertThat(ticket.groupName()).isEqualTo(group.name());
			assertThat(ticket.queue()).isEqualTo(Ticket.Queue.CITY);
		});

		Meeting meeting = meetings.propose(need.id(), group.id(), List.of(LocalDateTime.parse("2026-07-01T10:00")),
				"city");
		await().atMost(WAIT).until(() -> lastBot("member").contains("事前打ち合わせのご提案"));
		await().atMost(WAIT).until(() -> lastBot("staff").contains("事前打ち合わせのご提案"));
		ask("member", postback("mtg:" + meeting.id() + ":g:0"), "日程調整中");
		ask("staff", postback("mtg:" + meeting.id() + ":d:0"), "確定しました");
		assertThat(meetings.get(meeting.id()).status()).isEqualTo(Meeting.Status.CONFIRMED);
		ask("member", text("打ち合わせの確認"), "#" + meeting.id() + " 海岸清掃を一緒に：確定");
		ask("staff", text("打ち合わせの確認"), "#" + meeting.id() + " 海岸清掃を一緒に：確定");
		ask("group", "{\"kind\":\"TEXT\",\"text\":\"コンシェルジュ 打ち合わせの確認\",\"speaker\":\""
				+ Persona.TAKAHASHI.userId() + "\"}", "現在、事前打ち合わせはありません。");
		assertThat(log.getAll()).as("no user text or LINE id in the log")
			.contains("Guided flow need started")
			.doesNotContain("海岸のごみを減らす清掃活動を団体と一緒に", "浜見平・南湖", Persona.MEMBER.userId(),
					Persona.STAFF.userId());
	}

	@Test
	void anEventFillsToCapacityUnderConcurrentApplications() throws Exception {
		Event event = events.create(new Event(0, "環境分野の発表会・交流会", Field.ENVIRONMENT,
				LocalDateTime.parse("2030-07-01T14:00"), LocalDateTime.parse("2030-07-01T16:00"), "サポセン", 2, "",
				true, List.of("環境政策課"), true));
		ask("member", text("イベント"), "環境分野の発表会・交流会");

		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> taps = new ArrayList<>();
		for (String[] who : List.of(new String[] { "member", null }, new String[] { "staff", null },
				new String[] { "group", Persona.SUZUKI.userId() }, new String[] { "group", Persona.TAKAHASHI.userId() })) {
			taps.add(pool.submit(() -> {
				start.await();
				return send(who[0], "{\"kind\":\"POSTBACK\",\"data\":\"evt:apply:" + event.id() + "\""
						+ (who[1] == null ? "" : ",\"speaker\":\"" + who[1] + "\"") + "}");
			}));
		}
		start.countDown();
		for (Future<?> tap : taps) {
			tap.get();
		}
		pool.shutdown();

		await().atMost(WAIT).until(() -> events.taken(event.id()) == 2
				&& botTexts("member").stream().anyMatch(t -> t.contains("環境分野の発表会・交流会」"))
				&& botTexts("staff").stream().anyMatch(t -> t.contains("環境分野の発表会・交流会」")));
		assertThat(events.applications(event.id())).hasSize(2);
	}

	@Test
	void anAnnouncementReachesOnlyTheOptedInMember() throws Exception {
		ask("member", text("お知らせ設定"), "お知らせ設定");
		ask("member", postback("ann:on:INTERNATIONAL"), "「国際・多文化共生」のお知らせを受け取ります");
		announcements.unsubscribeAll(Persona.STAFF.userId());

		Announcements.Result result = announcements.send(new Announcements.Request(Set.of(Field.INTERNATIONAL),
				"多文化共生の交流会を開きます（試行）", false), "city");

		assertThat(result.recipients()).isEqualTo(1);
		await().atMost(WAIT).until(() -> lastBot("member").contains("多文化共生の交流会を開きます"));
		assertThat(botTexts("staff")).noneMatch(t -> t.contains("多文化共生の交流会を開きます"));
	}

	private void registerTheMembersGroup() throws Exception {
		ask("member", text("団体登録"), "1/6 団体名");
		ask("member", text("浜見平こども食堂"), "2/6");
		ask("member", postback("grp:field:ENVIRONMENT"), "3/6");
		ask("member", text("浜見平・南湖"), "4/6");
		ask("member", text("海岸清掃と子ども食堂"), "5/6");
		ask("member", text("子どもと一緒に海岸のごみを減らしたい"), "6/6");
		ask("member", text("LINE"), "共有してよろしいですか");
		ask("member", postback("grp:consent:yes"), "を登録しました");
	}

	/** Sends a user action and waits for a bot message containing {@code expected}. */
	private void ask(String chat, String action, String expected) throws Exception {
		int before = botTexts(chat).size();
		assertThat(send(chat, action)).isEqualTo(200);
		await().atMost(WAIT).until(() -> botTexts(chat).stream().skip(before).anyMatch(t -> t.contains(expected)));
	}

	private int send(String chat, String action) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/emulator/api/chats/" + chat + "/events"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(action))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("status").asInt(response.statusCode());
	}

	private String lastBot(String chat) throws Exception {
		List<String> texts = botTexts(chat);
		return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
	}

	private List<String> botTexts(String chat) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/emulator/api/chats/" + chat + "/messages?after=0"))
			.build(), HttpResponse.BodyHandlers.ofString());
		List<String> texts = new ArrayList<>();
		for (JsonNode entry : JSON.readTree(response.body()).path("entries")) {
			if ("BOT".equals(entry.path("side").asString()) && entry.path("message").has("text")) {
				texts.add(entry.path("message").path("text").asString());
			}
		}
		return texts;
	}

	private static String text(String text) {
		return "{\"kind\":\"TEXT\",\"text\":\"" + text + "\"}";
	}

	private static String postback(String data) {
		return "{\"kind\":\"POSTBACK\",\"data\":\"" + data + "\"}";
	}
}
