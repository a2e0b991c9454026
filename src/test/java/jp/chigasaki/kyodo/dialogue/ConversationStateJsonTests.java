package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The conversation state is kept in Redis as JSON: a state stored by an older build still reads. */
class ConversationStateJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aStateStoredBeforeTheLanguageWasRememberedReadsAsJapanese() {
		ConversationState read = json.readValue("""
				{"offered":["genki-kikin-amount"],"misses":1,"lastFaqId":"sapocen-access","lastDepartmentId":"sapocen"}
				""", ConversationState.class);

		assertThat(read).isEqualTo(new ConversationState(List.of("genki-kikin-amount"), 1, "sapocen-access", "sapocen"));
		assertThat(read.english()).isFalse();
	}

	@Test
	void theLanguageRoundTrips() {
		ConversationState english = new ConversationState(List.of("a", "b"), 0, null, null, true);

		assertThat(json.readValue(json.writeValueAsString(english), ConversationState.class)).isEqualTo(english);
	}
}
