package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.chigasaki.kyodo.announcements.LineMock;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meetings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The initiatives' JSON API over the whole service (real Redis, WireMock as LINE): the PRODUCT.md paths, their
 * shapes, ProblemDetail errors, sign-in and CSRF, and no LINE id in any answer.
 */
class InitiativesApiIntegrationTests extends EscalationTestContext {

	private static final RequestPostProcessor CITY = user("city").roles("CITY_COORDINATOR");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Groups groups;

	@Autowired
	Events events;

	@Autowired
	Meetings meetings;

	@DynamicPropertySource
	static void line(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", () -> "http://127.0.0.1:" + LineMock.SERVER.port());
	}

	@BeforeEach
	void resetLine() {
		LineMock.reset();
	}

	@Test
	void aNeedIsPostedPublishedMatchedAndAMeetingConfirmedByBothSides() throws Exception {
		String member = "U" + UUID.randomUUID().toString().replace("-", "");
		Group group = groups.register(new Group.Profile("南湖ビーチクリーン", Field.ENVIRONMENT, "南湖", "海岸清掃",
				"海岸のごみを減らしたい", "LINE"), member, true);

		JsonNode need = json(mvc.perform(post("/api/needs").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"海岸清掃を一緒に","field":"ENVIRONMENT","department":"環境政策課",
					 "want":"海岸のごみを減らす清掃活動","area":"南湖","offers":["PLACE"],"costPossible":false}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.statusLabel").value("確認待ち"))
			.andExpect(jsonPath("$.postedBy").value("city")));
		long needId = need.get("id").asLong();

		mvc.perform(patch("/api/needs/{id}", needId).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"PUBLISHED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.title").value("海岸清掃を一緒に"));

		mvc.perform(get("/api/matches").param("needId", Long.toString(needId)).with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].needId").value(needId))
			.andExpect(jsonPath("$[0].groupId").value(group.id()))
			.andExpect(jsonPath("$[0].score").isNumber())
			.andExpect(jsonPath("$[0].reasons", hasItem("分野が同じ（環境）")));
		mvc.perform(get("/api/matches").param("groupId", Long.toString(group.id())).with(CITY))
			.andExpect(jsonPath("$[*].needId", hasItem((int) needId)));

		JsonNode meeting = json(mvc.perform(post("/api/meetings").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"needId\":" + needId + ",\"groupId\":" + group.id()
					+ ",\"options\":[\"2026-07-01T10:00:00\",\"2026-07-02T14:00:00\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED")));
		long meetingId = meeting.get("id").asLong();
		assertThat(LineMock.requests(LineMock.PUSH)).singleElement()
			.satisfies(push -> assertThat(push.getBodyAsString()).contains(member, "mtg:" + meetingId + ":g:1"));

		assertThat(meetings.answerFromLine(member, "mtg:" + meetingId + ":g:1")).hasValueSatisfying(
				reply -> assertThat(reply).contains("日程調整中"));
		assertThat(meetings.answerFromLine("Ustranger", "mtg:" + meetingId + ":d:1")).hasValueSatisfying(
				reply -> assertThat(reply).contains("当事者の方のみ"));
		mvc.perform(patch("/api/meetings/{id}", meetingId).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":{\"side\":\"DEPARTMENT\",\"option\":1},\"note\":\"電話で確認\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.chosen").value(1))
			.andExpect(jsonPath("$.note").value("電話で確認"));
		mvc.perform(patch("/api/meetings/{id}", meetingId).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":{\"side\":\"GROUP\",\"option\":0}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("この打ち合わせはすでに「確定」です。"));

		LineMock.reset();
		mvc.perform(patch("/api/meetings/{id}", meetingId).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"options\":[\"2026-08-01T10:00:00\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.groupAnswer").value(org.hamcrest.Matchers.nullValue()));
		assertThat(LineMock.requests(LineMock.PUSH)).singleElement()
			.satisfies(push -> assertThat(push.getBodyAsString()).contains("8月1日 10:00", "mtg:" + meetingId + ":g:0"));
		mvc.perform(patch("/api/meetings/{id}", meetingId).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"options\":[]}"))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/api/groups/{id}", group.id()).with(CITY))
			.andExpect(jsonPath("$.name").value("南湖ビーチクリーン"))
			.andExpect(jsonPath("$.members").value(1))
			.andExpect(content().string(not(containsString(member))));
	}

	@Test
	void eventApplicantsComeAsJsonOrCsvWithoutLineIds() throws Exception {
		String applicant = "U" + UUID.randomUUID().toString().replace("-", "");
		JsonNode created = json(mvc.perform(post("/api/events").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"福祉分野の発表会・交流会","field":"WELFARE","startsAt":"2026-07-01T14:00:00",
					 "endsAt":"2026-07-01T16:00:00","place":"サポセン","capacity":20,"presentations":true,
					 "departments":["福祉政策課"],"published":true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.event.capacity").value(20)));
		long id = created.get("event").get("id").asLong();
		assertThat(events.apply(id, applicant, Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.APPLIED);

		mvc.perform(get("/api/events/{id}/applications", id).with(CITY).accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].roleLabel").value("参加"))
			.andExpect(content().string(not(containsString(applicant))));
		mvc.perform(get("/api/events/{id}/applications", id).with(CITY).accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("番号,区分,団体ID,団体名,申込日時\r\n1,参加,,,")))
			.andExpect(content().string(not(containsString(applicant))));
		mvc.perform(get("/api/events").with(CITY)).andExpect(jsonPath("$[*].taken", hasItem(1)));
	}

	@Test
	void anAnnouncementDryRunAnswersTheCount() throws Exception {
		mvc.perform(post("/api/announcements").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\":[\"INTERNATIONAL\"],\"text\":\"多文化共生の交流会\",\"dryRun\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.recipients").isNumber());
		assertThat(LineMock.requests(LineMock.MULTICAST)).isEmpty();
	}

	@Test
	void badInputIsAProblemAndNothingIsStored() throws Exception {
		int before = json(mvc.perform(get("/api/needs").with(CITY))).size();
		mvc.perform(post("/api/needs").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"field\":\"ENVIRONMENT\",\"department\":\"課\",\"want\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("タイトルを入力してください。"));
		assertThat(json(mvc.perform(get("/api/needs").with(CITY))).size()).isEqualTo(before);
		mvc.perform(get("/api/needs/{id}", 987_654_321L).with(CITY)).andExpect(status().isNotFound());
		mvc.perform(get("/api/matches").with(CITY)).andExpect(status().isBadRequest());
		mvc.perform(post("/api/announcements").with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\":[],\"text\":\"x\",\"dryRun\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("分野を1つ以上選んでください。"));
	}

	@Test
	void theApiNeedsSignInAndCsrf() throws Exception {
		mvc.perform(get("/api/groups")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/needs").with(CITY).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePublicPagesAreOpenAndReadOnly() throws Exception {
		mvc.perform(get("/events.ics")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR")));
		mvc.perform(get("/events")).andExpect(status().isOk()).andExpect(content().string(containsString("試行")));
		mvc.perform(get("/faq").param("q", "げんき基金")).andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	private static JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}
}
