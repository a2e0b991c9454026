package jp.chigasaki.kyodo.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.richmenu.RichMenus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code richmenu deploy} against WireMock standing in for the Messaging API and its data host: every call, its order
 * and its body, on an empty channel, on a channel with our older menus, and when LINE refuses.
 */
class RichMenuDeployTests {

	private static final String STAFF_A = "U" + "a".repeat(32);
	private static final String STAFF_B = "U" + "b".repeat(32);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer line = new WireMockServer(wireMockConfig().dynamicPort());
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void start() {
		line.start();
	}

	@AfterEach
	void stop() {
		line.stop();
	}

	@Test
	void onAnEmptyChannelCreatesUploadsSetsTheDefaultCreatesAliasesAndLinksStaffInThatOrder() {
		channelHas("[]", "[]");

		assertThat(deploy()).isZero();

		assertThat(calls()).containsExactly("GET /v2/bot/richmenu/list", "GET /v2/bot/richmenu/alias/list",
				"POST /v2/bot/richmenu", "POST /v2/bot/richmenu/rm-member-possible/content",
				"POST /v2/bot/richmenu", "POST /v2/bot/richmenu/rm-member/content",
				"POST /v2/bot/richmenu", "POST /v2/bot/richmenu/rm-staff/content",
				"POST /v2/bot/user/all/richmenu/rm-member",
				"POST /v2/bot/richmenu/alias", "POST /v2/bot/richmenu/alias", "POST /v2/bot/richmenu/alias",
				"POST /v2/bot/richmenu/bulk/link");
		List<LoggedRequest> requests = requests();
		assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer test-token"));
		JsonNode member = json(requests.get(4));
		assertThat(member.path("name").asString()).startsWith("kyodo-concierge/member/");
		assertThat(member.path("selected").asBoolean()).isTrue();
		assertThat(member.path("size").path("height").asInt()).isEqualTo(1686);
		assertThat(member.path("areas").get(1).path("action").toString()).isEqualTo(
				"{\"type\":\"richmenuswitch\",\"label\":\"できること\",\"data\":\"richmenu:tab=member-possible\","
						+ "\"richMenuAliasId\":\"kyodo-member-possible\"}");
		assertThat(member.path("areas").get(3).path("action").toString())
			.isEqualTo("{\"type\":\"message\",\"label\":\"市とできること\",\"text\":\"できることメニュー\"}");
		assertThat(json(requests.get(2)).path("selected").asBoolean()).as("a tab is not opened at first").isFalse();
		RichMenus menus = RichMenus.load(Path.of("richmenu"), KnowledgeBase.load(Path.of("faq"), Path.of("intents")),
				null);
		assertThat(requests.get(5).getHeader("Content-Type")).isEqualTo("image/png");
		assertThat(requests.get(5).getBody()).isEqualTo(menus.image(menus.everyone()));
		assertThat(json(requests.get(9)).toString())
			.isEqualTo("{\"richMenuAliasId\":\"kyodo-member-possible\",\"richMenuId\":\"rm-member-possible\"}");
		assertThat(json(requests.get(12)).toString()).isEqualTo(
				"{\"richMenuId\":\"rm-staff\",\"userIds\":[\"" + STAFF_A + "\",\"" + STAFF_B + "\"]}");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("done: link 'staff' to 2 staff user(s)")
			.doesNotContain(STAFF_A);
	}

	@Test
	void aSecondRunKeepsUnchangedMenusRepointsAliasesAndRemovesOnlyOurOldMenus() {
		channelHas("[]", "[]");
		deploy();
		List<String> names = requests().stream().filter(r -> r.getUrl().equals("/v2/bot/richmenu"))
			.map(r -> json(r).path("name").asString()).toList();
		line.resetAll();
		channelHas("""
				[{"richMenuId":"rm-1","name":"%s"},{"richMenuId":"rm-2","name":"%s"},{"richMenuId":"rm-3","name":"%s"},
				 {"richMenuId":"rm-old","name":"kyodo-concierge/member/0123456789ab"},
				 {"richMenuId":"rm-foreign","name":"campaign-2026"}]""".formatted(names.toArray()), """
				[{"richMenuAliasId":"kyodo-member-possible","richMenuId":"rm-1"},
				 {"richMenuAliasId":"kyodo-member","richMenuId":"rm-old"},
				 {"richMenuAliasId":"kyodo-staff","richMenuId":"rm-3"},
				 {"richMenuAliasId":"kyodo-events","richMenuId":"rm-old"},
				 {"richMenuAliasId":"campaign","richMenuId":"rm-foreign"}]""");

		assertThat(deploy()).isZero();

		assertThat(calls()).containsExactly("GET /v2/bot/richmenu/list", "GET /v2/bot/richmenu/alias/list",
				"POST /v2/bot/user/all/richmenu/rm-2", "POST /v2/bot/richmenu/alias/kyodo-member",
				"POST /v2/bot/richmenu/bulk/link", "DELETE /v2/bot/richmenu/alias/kyodo-events",
				"DELETE /v2/bot/richmenu/rm-old");
		assertThat(json(requests().get(3)).toString()).isEqualTo("{\"richMenuId\":\"rm-2\"}");
	}

	@Test
	void aDryRunWithATokenOnlyReadsTheChannel() {
		channelHas("[]", "[]");

		assertThat(run("richmenu", "deploy", "--dry-run")).isZero();

		assertThat(calls()).containsExactly("GET /v2/bot/richmenu/list", "GET /v2/bot/richmenu/alias/list");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dry run", "1. create rich menu 'member-possible'",
				"7. set 'member' as the channel's default rich menu", "11. link 'staff' to 2 staff user(s)");
	}

	@Test
	void whenLineRefusesACallTheCommandStopsThereAndSaysSo() {
		channelHas("[]", "[]");
		line.stubFor(post(urlEqualTo("/v2/bot/richmenu/rm-member-possible/content"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"Image size must be 2500x1686\"}")));

		assertThat(deploy()).isEqualTo(1);

		assertThat(calls()).endsWith("POST /v2/bot/richmenu", "POST /v2/bot/richmenu/rm-member-possible/content");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("LINE refused the call");
	}

	@Test
	void withoutATokenOnlyADryRunIsPossible() {
		assertThatThrownBy(() -> new RichMenuCommand(name -> null).run(new CommandLine(List.of("deploy")), null,
				print(out), print(err))).isInstanceOf(CommandLine.UsageException.class)
			.hasMessage("set LINE_CHANNEL_TOKEN (the channel's long-lived access token)");
		assertThat(line.getAllServeEvents()).isEmpty();
	}

	private void channelHas(String menus, String aliases) {
		line.stubFor(get(urlEqualTo("/v2/bot/richmenu/list")).willReturn(okJson("{\"richmenus\":" + menus + "}")));
		line.stubFor(get(urlEqualTo("/v2/bot/richmenu/alias/list")).willReturn(okJson("{\"aliases\":" + aliases + "}")));
		for (String id : List.of("member-possible", "member", "staff")) {
			line.stubFor(post(urlEqualTo("/v2/bot/richmenu"))
				.withRequestBody(matchingJsonPath("$.name", com.github.tomakehurst.wiremock.client.WireMock
					.matching("kyodo-concierge/" + id + "/[0-9a-f]{12}")))
				.willReturn(okJson("{\"richMenuId\":\"rm-" + id + "\"}")));
		}
		line.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
	}

	private int deploy() {
		return run("richmenu", "deploy");
	}

	private int run(String... args) {
		Map<String, String> env = Map.of("LINE_CHANNEL_TOKEN", "test-token", "KYODO_LINE_STAFF_USER_IDS",
				STAFF_B + ", " + STAFF_A);
		List<String> words = new ArrayList<>(List.of(args).subList(1, args.length));
		words.addAll(List.of("--api-base-url", line.baseUrl() + "/", "--api-data-url", line.baseUrl() + "/"));
		return new RichMenuCommand(env::get).run(new CommandLine(words), new ByteArrayInputStream(new byte[0]),
				print(out), print(err));
	}

	private List<LoggedRequest> requests() {
		List<LoggedRequest> requests = new ArrayList<>(
				line.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
		java.util.Collections.reverse(requests);
		return requests;
	}

	private List<String> calls() {
		return requests().stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
	}

	private static JsonNode json(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}
}
