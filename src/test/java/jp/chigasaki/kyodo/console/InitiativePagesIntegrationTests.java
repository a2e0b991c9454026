package jp.chigasaki.kyodo.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;

/**
 * The initiatives' console pages render, label the trial, carry no inline script or handler, and answer bad input
 * with the console's error page; the announcement page previews the count before it offers sending.
 */
class InitiativePagesIntegrationTests extends EscalationTestContext {

	private static final RequestPostProcessor CENTER = user("center").roles("CENTER_COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Groups groups;

	@Autowired
	Events events;

	@Test
	void everyPageRendersLabelledAsATrialWithoutInlineScript() throws Exception {
		String member = "U" + UUID.randomUUID().toString().replace("-", "");
		Group group = groups.register(new Group.Profile("見守りの会", Field.WELFARE, "鶴が台", "見守り訪問", "担い手不足", "電話"),
				member, true);
		Event event = events.create(new Event(0, "福祉の交流会", Field.WELFARE, LocalDateTime.parse("2026-07-01T14:00"),
				LocalDateTime.parse("2026-07-01T16:00"), "サポセン", 10, "", true, List.of(), true));
		events.apply(event.id(), member, Event.Role.PRESENT, group.id());

		for (String page : List.of("/console/groups", "/console/needs", "/console/meetings", "/console/events",
				"/console/events/" + event.id(), "/console/announcements")) {
			mvc.perform(get(page).with(CENTER))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("試行"), not(containsString("<script>")),
						not(containsString(" onclick=")), not(containsString(member)))));
		}
		mvc.perform(get("/console/groups").with(CENTER)).andExpect(content().string(containsString("見守りの会")));
		mvc.perform(get("/console/events/" + event.id()).with(CENTER))
			.andExpect(content().string(allOf(containsString("発表"), containsString("見守りの会"))));
	}

	@Test
	void theAnnouncementPagePreviewsTheCountBeforeSending() throws Exception {
		mvc.perform(post("/console/announcements").with(CENTER).with(csrf())
			.param("fields", "CULTURE")
			.param("text", "文化の交流会のお知らせ")
			.param("action", "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("プレビュー: "), containsString("まだ送信していません"),
					containsString("この内容で送信する"))));
	}

	@Test
	void badFormInputShowsTheErrorPageAndStoresNothing() throws Exception {
		mvc.perform(post("/console/needs").with(CENTER).with(csrf())
			.param("title", "")
			.param("field", "ENVIRONMENT")
			.param("department", "環境政策課")
			.param("want", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("タイトルを入力してください。")));
		mvc.perform(post("/console/events").with(CENTER).with(csrf())
			.param("title", "交流会")
			.param("field", "ENVIRONMENT")
			.param("startsAt", "not-a-time")
			.param("endsAt", "2026-07-01T16:00")
			.param("place", "サポセン")
			.param("capacity", "10"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("startsAt")));
	}
}
