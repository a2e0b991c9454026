package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/** Editors see the answers past their fiscal year on one page; signed-out visitors are sent to sign in. */
class KnowledgePagesIntegrationTests extends EscalationTestContext {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheAnswersPastTheirFiscalYearWithFileAndLine() throws Exception {
		String html = mvc.perform(get("/console/knowledge").with(user("city").roles("CITY_COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("要確認の回答", "faq/basics.yaml:16",
				"the facts of entry &#39;kyodo-abolished&#39; were valid until 2020-03-31")
			.doesNotContain("kyodo-what", "<script>");
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/console/knowledge")).andExpect(status().is3xxRedirection());
	}
}
