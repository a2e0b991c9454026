package jp.chigasaki.kyodo.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/**
 * {@code GET /api/insights} against a hand-computed fixture ({@code insights/fixture-week.events}, published once as
 * the conversation owner and the ticket queue publish them). How the expected figures follow from the fixture:
 * <ul>
 * <li>questions 10 = answered 5 (c1, c2, c5 twice, c7) + clarify 1 (c4) + fallback 2 (c3, c8) + escalate 2 (c3,
 * c7); the greeting and the menu are turns but not questions; the two feedback taps are neither.</li>
 * <li>self-resolution: conversation-days with an answer are c1, c2 (04-01), c5 (04-03), c7 (04-04) = 4; c2 tapped
 * 役に立たなかった and c7 escalated the same day, so 2 self-resolved, rate 0.5.</li>
 * <li>tickets: 9001 claimed after 600 s, resolved after 3600 s; 9002 opened at サポセン, transferred to the city,
 * claimed after 3600 s, resolved after 14400 s past its due time; 9003 claimed after 120 s, returned to the bot.
 * Time to claim [120, 600, 3600]: nearest-rank median the 2nd = 600, p90 the ceil(2.7) = 3rd = 3600. Time to
 * resolve [3600, 14400]: median the 1st = 3600, p90 the 2nd = 14400.</li>
 * <li>unanswered texts kept: fallback c3 and c8, clarify c4, disliked c2 (its text from the answered turn).</li>
 * </ul>
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class InsightsApiIntegrationTests extends EscalationTestContext {

	private static final RequestPostProcessor CITY = user("city").roles("CITY_COORDINATOR");
	private static final AtomicBoolean PUBLISHED = new AtomicBoolean();
	private static final java.time.LocalDate FROM = java.time.LocalDate.of(2030, 4, 1);
	private static final java.time.LocalDate TO = java.time.LocalDate.of(2030, 4, 7);

	@Autowired
	Insights insights;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher publisher;

	@BeforeEach
	void publishFixtureOnce() {
		if (PUBLISHED.compareAndSet(false, true)) {
			InsightsFixture.publish(publisher, InsightsFixture.read(Path.of("src/test/resources/insights/fixture-week.events")));
		}
	}

	@Test
	void figuresMatchTheHandComputedFixture() throws Exception {
		String json = mvc.perform(get("/api/insights").param("from", "2030-04-01").param("to", "2030-04-07").with(CITY))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String expected = Files.readString(Path.of("src/test/resources/insights/expected-report.json"));
		JSONAssert.assertEquals(expected, json, JSONCompareMode.STRICT);
	}

	@Test
	void everyTableDownloadsAsCsvWithTheSameFigures() throws Exception {
		String csv = mvc
			.perform(get("/console/insights/escalations.csv").param("from", "2030-04-01").param("to", "2030-04-07")
				.with(CITY))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).contains("\"窓口\",\"市 協働推進担当\",\"2\"", "\"窓口\",\"サポセン\",\"1\"",
				"\"対応\",\"転送した\",\"1\"", "\"対応\",\"解決済み\",\"2\"");
		for (String table : new String[] { "summary", "daily", "escalations", "entries", "disliked", "departments",
				"initiatives" }) {
			mvc.perform(get("/console/insights/" + table + ".csv").param("from", "2030-04-01").param("to", "2030-04-07")
				.with(CITY)).andExpect(status().isOk());
		}
		String daily = mvc
			.perform(get("/console/insights/daily.csv").param("from", "2030-04-01").param("to", "2030-04-07").with(CITY))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(daily.lines()).contains("\"2030-04-02\",\"3\",\"0\",\"1\",\"1\",\"1\",\"1\"");
	}

	@Test
	void theUnansweredQuestionsAreGroupedAndMasked() throws Exception {
		mvc.perform(get("/console/unanswered").param("from", "2030-04-01").param("to", "2030-04-07").with(CITY))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("駐車場はありますか")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("090-1234"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("山田"))));
	}

	@Test
	@org.junit.jupiter.api.Order(1) // before the tests that label questions away
	void similarUnansweredQuestionsFormTheLargestGroupWithTheirBestCandidate() {
		java.util.List<Insights.QuestionGroup> groups = insights.unanswered(FROM, TO);
		assertThat(groups).extracting(g -> g.questions().size()).containsExactly(2, 1, 1);
		assertThat(groups.get(0).questions()).extracting(Insights.Question::text)
			.containsExactly("駐車場はありますか?", "駐車場はありますか 車で行きます ［氏名］ ［電話番号］");
		assertThat(groups.get(0).questions()).extracting(Insights.Question::reason).containsOnly("fallback");
		Insights.QuestionGroup disliked = groups.stream()
			.filter(g -> g.questions().get(0).reason().equals("disliked"))
			.findFirst()
			.orElseThrow();
		assertThat(disliked.questions().get(0).text()).isEqualTo("協働推進事業の募集は?");
		assertThat(disliked.best().faqId()).isEqualTo("kyodo-abolished");
		assertThat(disliked.best().department()).isEqualTo("市民自治推進課 協働推進担当");
	}

	@Test
	void aGroupMarkedOutOfScopeLeavesTheListAndGoesIntoTheEvalFile() throws Exception {
		Insights.QuestionGroup clarify = insights.unanswered(FROM, TO)
			.stream()
			.filter(g -> g.questions().get(0).reason().equals("clarify"))
			.findFirst()
			.orElseThrow();
		String id = clarify.questions().get(0).id();
		mvc.perform(post("/console/unanswered/out-of-scope").param("ids", id)
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(insights.unanswered(FROM, TO)).noneMatch(g -> g.id().equals(id));

		String yaml = mvc.perform(get("/console/unanswered/eval.yaml").param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("labelled-unanswered-2030-04-01-2030-04-07.yaml")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(yaml).contains("questions:\n  - q: \"きょうどうの件\"\n    expect: escalate\n    audience: staff\n");
		java.util.Map<?, ?> parsed = new org.yaml.snakeyaml.Yaml().load(yaml);
		assertThat((java.util.List<?>) parsed.get("questions")).hasSize(1);

		mvc.perform(post("/console/unanswered/out-of-scope").param("ids", "not-an-id")
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY)
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aGroupLinkedToAnEntryGivesPhrasingsToPasteAndUnknownEntriesAreRefused() throws Exception {
		String id = insights.unanswered(FROM, TO)
			.stream()
			.filter(g -> g.questions().get(0).reason().equals("disliked"))
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(post("/console/unanswered/link").param("ids", id)
			.param("faqId", "no-such-entry")
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("「no-such-entry」というエントリはありません。")));
		mvc.perform(post("/console/unanswered/new-entry").param("ids", id)
			.param("entryId", "kyodo-what")
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY)
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(insights.unanswered(FROM, TO)).as("a refused action labels nothing").anyMatch(g -> g.id().equals(id));

		mvc.perform(post("/console/unanswered/link").param("ids", id)
			.param("faqId", "kyodo-abolished")
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.with(CITY)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("      - &quot;協働推進事業の募集は?&quot;")));
		assertThat(insights.labelled(FROM, TO)).anyMatch(q -> q.id().equals(id) && q.label().equals("kyodo-abolished"));
	}

	@Test
	void everyFigureIsAlsoAMetric() throws Exception {
		String metrics = mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(metrics).contains("kyodo_insights_turns_total{", "decision=\"answer\"",
				"kyodo_insights_answers_total{faq=\"kyodo-what\"}",
				"kyodo_insights_feedback_total{faq=\"kyodo-abolished\",value=\"not_helpful\"}",
				"kyodo_insights_referrals_total{department=\"kyodo\"}",
				"kyodo_insights_escalations_total{queue=\"CENTER\",reason=\"LOW_CONFIDENCE\"}",
				"kyodo_insights_tickets_closed_total{queue=\"CITY\",state=\"RETURNED\"}",
				"kyodo_insights_tickets_transferred_total{queue=\"CITY\"}",
				"kyodo_insights_tickets_sla_breaches_total{queue=\"CITY\"}",
				"kyodo_insights_tickets_claim_wait_seconds_bucket{", "kyodo_insights_tickets_resolve_time_seconds_count{",
				"kyodo_insights_today_questions ", "kyodo_insights_today_self_resolution_rate ",
				"kyodo_insights_today_unanswered ");
		java.util.regex.Matcher names = java.util.regex.Pattern.compile("kyodo_insights_[a-z_]+")
			.matcher(Files.readString(Path.of("docs/grafana-dashboard.json")));
		java.util.Set<String> used = new java.util.TreeSet<>();
		while (names.find()) {
			used.add(names.group());
		}
		assertThat(used).as("the Grafana dashboard's metrics").hasSizeGreaterThan(10)
			.allSatisfy(name -> assertThat(metrics).contains(name));
	}

	@Test
	void aBadPeriodIsAProblemNotAnError() throws Exception {
		mvc.perform(get("/api/insights").param("from", "2030-04-07").param("to", "2030-04-01").with(CITY))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("終了日は開始日以降の日付にしてください。"));
		mvc.perform(get("/api/insights").param("from", "2020-01-01").param("to", "2030-01-01").with(CITY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("期間は 366 日以内にしてください。"));
		mvc.perform(get("/api/insights").param("from", "yesterday").with(CITY)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/insights")).andExpect(status().isUnauthorized());
	}
}
