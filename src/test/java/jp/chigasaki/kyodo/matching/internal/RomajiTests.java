package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese typed in Latin letters is read in kana; English and mixed text are left alone. Examples written here. */
class RomajiTests {

	/** A stand-in for the glossary: two of its phrases. */
	private static final UnaryOperator<String> GLOSSARY = phrase -> Map.of("genki kikin", "げんき基金", "jichikai", "自治会")
		.getOrDefault(phrase.toLowerCase(java.util.Locale.ROOT), phrase);

	@Test
	void aRomajiQuestionIsWrittenInHiraganaWithParticlesAsTheyAreRead() {
		assertThat(Romaji.asKana("kaigishitsu wa doko desu ka", GLOSSARY)).isEqualTo("かいぎしつ は どこ です か");
		assertThat(Romaji.asKana("borantia wo sagashite imasu. dare ni kikeba ii desu ka", GLOSSARY))
			.isEqualTo("ぼらんてぃあ を さがして います. だれ に きけば いい です か");
	}

	@Test
	void aGlossaryPhraseIsWrittenAsItsJapaneseTermLongestFirst() {
		assertThat(Romaji.asKana("Genki kikin no shimekiri wa itsu desu ka", GLOSSARY))
			.isEqualTo("げんき基金 の しめきり は いつ です か");
		assertThat(Romaji.asKana("jichikai ni hairitai desu", GLOSSARY)).isEqualTo("自治会 に はいりたい です");
	}

	@Test
	void aWordThatIsNoRomajiStaysAsTyped() {
		// NPO is no syllable sequence; an upper-case word inside is a name or an acronym.
		assertThat(Romaji.asKana("NPO houjin ni naritai desu", GLOSSARY)).isEqualTo("NPO ほうじん に なりたい です");
	}

	@Test
	void syllablesWithoutAnyEnglishWordAreRomajiEvenWithoutAParticle() {
		assertThat(Romaji.asKana("kaigishitsu yoyaku dekiru?", GLOSSARY)).isEqualTo("かいぎしつ よやく できる?");
		assertThat(Romaji.asKana("genki kikin no shinsei itsumade?", GLOSSARY)).isEqualTo("げんき基金 の しんせい いつまで?");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Where is the support center?", "Can we use the room on Sunday?", "no idea, sorry",
			"Is there a fee to make a group?", "サポセンの cafe", "NPO法人にしたいんだけど、how long does it take?", "kaigishitsu", "you can come here",
			"same time, same page" })
	void englishMixedScriptOrASingleWordWithoutAJapaneseParticleStaysAsItIs(String message) {
		assertThat(Romaji.asKana(message, GLOSSARY)).isEqualTo(message);
	}

	@Test
	void romajiBesideJapaneseScriptWithAParticleIsWrittenInHiraganaToo() {
		// 「denwa bangou」 was no word the engine knew: the message matched the entry on matching groups at 0.91.
		assertThat(Romaji.asKana("市民自治推進課のdenwa bangou wa?", GLOSSARY)).isEqualTo("市民自治推進課のでんわ ばんごう は?");
		assertThat(Romaji.asKana("会議室は doko desu ka", GLOSSARY)).isEqualTo("会議室は どこ です か");
	}
}
