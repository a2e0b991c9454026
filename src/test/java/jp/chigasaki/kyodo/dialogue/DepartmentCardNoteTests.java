package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Department cards show users what helps them reach the department, never the editors' notes (real faq/). */
class DepartmentCardNoteTests {

	@Test
	void cardsCarryTheUserNoteAndNeverTheEditorNote() {
		KnowledgeBase base = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		assertThat(base.departments()).filteredOn(d -> d.editorNote() != null).hasSizeGreaterThanOrEqualTo(10);
		for (Department department : base.departments()) {
			String shown = Draft.cardOf(department).plainText();
			if (department.editorNote() != null) {
				assertThat(shown).as(department.id()).doesNotContain(department.editorNote());
			}
			assertThat(shown).as(department.id()).doesNotContain("確認できていません", "見られます", "古い可能性");
		}
	}
}
