package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/** The JSON API under {@code /api}: the queue rules over HTTP, ProblemDetail errors, sign-in, CSRF, knowledge reload. */
class TicketApiIntegrationTests extends EscalationTestContext {

	private static final RequestPostProcessor CITY = user("city").roles("CITY_COORDINATOR");
	private static final RequestPostProcessor CITY2 = user("city2").roles("CITY_COORDINATOR");
	private static final RequestPostProcessor CENTER = user("center").roles("CENTER_COORDINATOR");
	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void claimReplyAndResolveOverJson() throws Exception {
		long id = openTicket(newUser());

		mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ticket.state").value("CLAIMED"))
			.andExpect(jsonPath("$.ticket.assignee").value("city"));
		mvc.perform(post("/api/tickets/{id}/reply", id).with(CITY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"ご連絡ありがとうございます。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.delivery").value("SENT"));
		mvc.perform(get("/api/tickets/{id}", id).with(CITY))
			.andExpect(jsonPath("$.transcript[*].speaker", hasItem("COORDINATOR")));
		mvc.perform(post("/api/tickets/{id}/resolve", id).with(CITY).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"));
	}

	@Test
	void aSecondClaimIsAConflictProblem() throws Exception {
		long id = openTicket(newUser());
		mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY).with(csrf())).andExpect(status().isOk());

		mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY2).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value("受付番号 #" + id + " はすでに担当者が決まっています。"))
			.andExpect(jsonPath("$.ticketId").value(id))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void anIllegalTransitionIsAConflictProblem() throws Exception {
		long id = openTicket(newUser());

		mvc.perform(post("/api/tickets/{id}/resolve", id).with(CITY).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("まだ担当者が決まっていません")));
	}

	@Test
	void theOtherQueueIsForbidden() throws Exception {
		long id = openTicket(newUser());

		mvc.perform(get("/api/tickets/{id}", id).with(CENTER))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(post("/api/tickets/{id}/claim", id).with(CENTER).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/tickets").param("queue", "CITY").with(CENTER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/tickets").with(CENTER)).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/tickets").with(ADMIN)).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		mvc.perform(get("/console/tickets/{id}", id).with(CENTER)).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownTicketIsNotFound() throws Exception {
		mvc.perform(get("/api/tickets/{id}", 987654321L).with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("見つかりません"));
	}

	@Test
	void signInAndCsrfAreRequired() throws Exception {
		long id = openTicket(newUser());

		mvc.perform(get("/api/tickets")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/console/queue")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/login"));
		mvc.perform(post("/api/tickets/{id}/claim", id).with(CITY)).andExpect(status().isForbidden());
		mvc.perform(get("/api/tickets/{id}", id).with(CITY)).andExpect(jsonPath("$.ticket.state").value("WAITING"));
	}

	@Test
	void knowledgeReloadIsForAdminsAndListsFileAndLineOfBrokenFiles() throws Exception {
		Path file = KNOWLEDGE.resolve("faq/basics.yaml");
		String original = Files.readString(file, StandardCharsets.UTF_8);

		mvc.perform(post("/api/knowledge/reload").with(CITY).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/knowledge/reload").with(ADMIN).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.reloaded").value(true));
		try {
			Files.writeString(file, original + "\n  bogus: [unclosed\n", StandardCharsets.UTF_8);
			String body = mvc.perform(post("/api/knowledge/reload").with(ADMIN).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).containsPattern("basics\\.yaml:\\d+: ").doesNotContain("Exception");
		}
		finally {
			Files.writeString(file, original, StandardCharsets.UTF_8);
		}
	}
}
