package jp.chigasaki.kyodo.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/** A trial switched off by configuration disappears from the API, the console and the public pages. */
@TestPropertySource(properties = { "kyodo.events.enabled=false", "kyodo.needs.enabled=false",
		"kyodo.announcements.public-pages=false" })
class InitiativesSwitchedOffIntegrationTests extends EscalationTestContext {

	@Autowired
	MockMvc mvc;

	@Test
	void switchedOffTrialsAnswerNotFound() throws Exception {
		mvc.perform(get("/api/events").with(user("city").roles("CITY_COORDINATOR")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("この機能（試行）は現在停止しています。"));
		mvc.perform(get("/api/needs").with(user("city").roles("CITY_COORDINATOR"))).andExpect(status().isNotFound());
		mvc.perform(get("/console/events").with(user("city").roles("CITY_COORDINATOR")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/events")).andExpect(status().isNotFound());
		mvc.perform(get("/events.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/faq")).andExpect(status().isNotFound());
		mvc.perform(get("/api/groups").with(user("city").roles("CITY_COORDINATOR"))).andExpect(status().isOk());
	}
}
