package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.chigasaki.kyodo.knowledge.Audience;

class LabelledSetTests {

	@TempDir
	Path dir;

	@Test
	void readsQuestionExpectedAudienceAndDepartmentSkippingHeaderAndComments() throws Exception {
		Path file = write("question\texpected\taudience\tdepartment\n# comment\n\n"
				+ "サポセンどこ\tsapocen-access\tmember\tsapocen\n研修ある？\tstaff-training\tstaff\n住民票\tescalate\n");

		LabelledSet set = LabelledSet.load(file);

		assertThat(set.questions()).containsExactly(
				new LabelledSet.Question("サポセンどこ", "sapocen-access", Audience.MEMBER, "sapocen", 4),
				new LabelledSet.Question("研修ある？", "staff-training", Audience.STAFF, null, 5),
				new LabelledSet.Question("住民票", "escalate", Audience.MEMBER, null, 6));
	}

	@Test
	void badRowsAreNamedByFileAndLine() throws Exception {
		Path file = write("質問だけ\nq\tgreeting\tvisitor\n");

		assertThatIllegalArgumentException().isThrownBy(() -> LabelledSet.load(file))
			.withMessageContaining(file + ":1: needs at least a question and an expected id")
			.withMessageContaining(file + ":2: unknown audience 'visitor'");
	}

	private Path write(String text) throws Exception {
		return Files.writeString(dir.resolve("set.tsv"), text);
	}
}
