package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/** How the directory lookup reads a question: Latin words whole, Japanese anywhere. */
class DepartmentFinderTests {

	private static final List<SynonymGroup> GLOSSARY = List.of(
			new SynonymGroup(List.of("漁港", "port", "fishing port"), new Location("faq/english.yaml", 1)),
			new SynonymGroup(List.of("防災", "ぼうさい", "disaster"), new Location("faq/synonyms.yaml", 2)));

	@Test
	void aLatinWordCountsOnlyAsAWholeWord() {
		// "support" contains "port", which the glossary maps to 漁港: a peace event was sent to the fisheries' contact.
		assertThat(DepartmentFinder.withCanonicalForms("can the city support it?", GLOSSARY)).doesNotContain("漁港");
		assertThat(DepartmentFinder.withCanonicalForms("a cleanup at the port", GLOSSARY)).endsWith(" 漁港");
		assertThat(DepartmentFinder.withCanonicalForms("disaster drill", GLOSSARY)).endsWith(" 防災");
	}

	@Test
	void aJapaneseWordCountsAnywhereInTheQuestion() {
		assertThat(DepartmentFinder.withCanonicalForms("ぼうさいくんれんをしたい", GLOSSARY)).endsWith(" 防災");
		assertThat(new DepartmentFinder.Read("地域の防災訓練").uses("防災")).isTrue();
		assertThat(new DepartmentFinder.Read("supporters").uses("port")).isFalse();
		assertThat(new DepartmentFinder.Read("local npos and ports").uses("npo")).isTrue();
		assertThat(new DepartmentFinder.Read("local npos and ports").uses("port")).isTrue();
	}
}
