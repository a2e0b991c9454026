package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.chigasaki.kyodo.knowledge.Audience;

class LabelledSetTests {

	@TempDir
	Path dir;

	@Test
	void readsQuestionExpectedAudienceAndDepartmentSkippingHeaderAndComments() throws Exception {
		Path file = write("""
				# comment
				questions:
				  - q: サポセンどこ
				    expect: sapocen-access
				    also: [sapocen-about]
				    style: keyword
				  - q: "研修ある？"
				    expect: staff-training
				    audience: staff
				  - q: 住民票
				    expect: escalate
				""");

		LabelledSet set = LabelledSet.load(file);

		assertThat(set.questions()).containsExactly(
				new LabelledSet.Question("サポセンどこ", "sapocen-access", List.of("sapocen-about"), Audience.MEMBER,
						"keyword", 3),
				new LabelledSet.Question("研修ある？", "staff-training", List.of(), Audience.STAFF, null, 7),
				new LabelledSet.Question("住民票", "escalate", List.of(), Audience.MEMBER, null, 10));
		assertThat(set.questions().get(0).acceptable()).containsExactly("sapocen-access", "sapocen-about");
	}

	@Test
	void aFollowUpCarriesTheEarlierMessagesOfItsConversationOldestFirst() throws Exception {
		Path file = write("""
				questions:
				  - q: 締め切りは？
				    expect: genki-kikin-deadline
				    before:
				      - げんき基金について教えて
				      - "いくらまで出ますか"
				  - q: 住民票
				    expect: escalate
				""");

		LabelledSet set = LabelledSet.load(file);

		assertThat(set.questions().get(0).before()).containsExactly("げんき基金について教えて", "いくらまで出ますか");
		assertThat(set.questions().get(1).before()).isEmpty();
	}

	@Test
	void aBeforeThatIsNotAListOfMessagesIsNamedByFileAndLine() throws Exception {
		Path file = write("""
				questions:
				  - q: 締め切りは？
				    expect: genki-kikin-deadline
				    before: げんき基金について教えて
				  - q: 電話は？
				    expect: contact-kyodo-general
				    before: [""]
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> LabelledSet.load(file))
			.withMessageContaining(file + ":2: 'before' is a list of the earlier messages")
			.withMessageContaining(file + ":5: 'before' holds an empty or non-text message");
	}

	@Test
	void badRowsAreNamedByFileAndLine() throws Exception {
		Path file = write("""
				questions:
				  - q: 質問だけ
				  - q: q
				    expect: greeting
				    audience: visitor
				  - q: q
				    expect: greeting
				    answer: typo
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> LabelledSet.load(file))
			.withMessageContaining(file + ":2: needs q and expect")
			.withMessageContaining(file + ":3: unknown audience 'visitor'")
			.withMessageContaining(file + ":6: unknown key 'answer'");
	}

	private Path write(String text) throws Exception {
		return Files.writeString(dir.resolve("set.yaml"), text);
	}
}
