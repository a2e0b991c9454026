package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SudachiDict look-ups themselves: by spelling, and the words written in a text. Examples written for this test. */
class GeneralSynonymsLookupTests {

	private final GeneralSynonyms synonyms = GeneralSynonyms.get();

	@Test
	void aSpellingFindsTheOtherWordsOfItsGroups() {
		assertThat(synonyms.of("転居")).contains("引っ越し", "転宅").doesNotContain("転居");
		assertThat(synonyms.of("保育園")).contains("保育所");
		assertThat(synonyms.of("ぷろぐらみんぐきょうしつ")).isEmpty();
	}

	@Test
	void aSpellingMarkedTargetOnlyTriggersNothing() {
		// SudachiDict lists 申請 in the 申し込み group as a target only: 申し込み reaches 申請, 申請 does not reach 応募
		// through that group.
		assertThat(synonyms.of("申し込み")).contains("申請", "応募");
		assertThat(synonyms.of("申請")).doesNotContain("応募");
	}

	@Test
	void theLongestWordWrittenAtEachPlaceIsFound() {
		assertThat(synonyms.writtenIn("保育所の申しこみと引越しの手続き")).contains("申しこみ", "引越し");
	}

	@Test
	void charactersOutsideTheBasicPlaneAndLatinWordsAreHandled() {
		// An emoji (two UTF-16 units, four UTF-8 bytes) before the word; "phone" is a SudachiDict spelling, but Latin
		// words are left to the word chain.
		assertThat(synonyms.writtenIn("🥕申しこみ phone")).containsExactly("申しこみ");
		assertThat(synonyms.writtenIn("")).isEmpty();
	}
}
