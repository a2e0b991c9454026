package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * The second opinion (a sentence-embedding model) prefers the candidate nearest in meaning, by its question and
 * phrasings, and only by a clear lead. Examples written for this test, on made-up entries; the model is the real one.
 */
class SecondOpinionTests {

	private final SecondOpinion opinion = SecondOpinion.load();

	private final Entry insurance = entry("insurance", "ボランティア活動中のけがに備える保険はありますか",
			"活動中にけがをしたときの保険", "ボランティア保険に入りたい");
	private final Entry room = entry("room", "会議室を借りるにはどうすればいいですか", "打ち合わせの部屋を予約したい",
			"会議室の予約方法");
	private final Entry rota = entry("rota", "花壇の水やり当番の決め方", "水やりの当番は誰が決めるの", "花壇当番の順番");

	@Test
	void prefersTheCandidateNearestInMeaning() {
		String question = "清掃活動の最中に転んで骨折したら補償はありますか";

		assertThat(opinion.prefersFirst(question, List.of(insurance, room, rota))).isTrue();
		assertThat(opinion.prefersFirst(question, List.of(room, insurance, rota))).isFalse();
	}

	@Test
	void readsTheCandidatesPhrasingsToo() {
		assertThat(opinion.prefersFirst("みんなで話し合う場所を押さえたいのですが", List.of(room, insurance, rota))).isTrue();
	}

	@Test
	void aLoneCandidateIsPreferredAndNoCandidateIsNot() {
		assertThat(opinion.prefersFirst("花壇の当番", List.of(rota))).isTrue();
		assertThat(opinion.prefersFirst("花壇の当番", List.of())).isFalse();
	}

	@Test
	void twoCandidatesAlikeInMeaningAreNoClearPreference() {
		Entry sameRota = entry("rota-copy", "花壇の水やり当番の決め方", "水やりの当番は誰が決めるの", "花壇当番の順番");

		assertThat(opinion.prefersFirst("花壇の水やり当番は誰が決めますか", List.of(rota, sameRota))).isFalse();
	}

	private static Entry entry(String id, String question, String... phrasings) {
		return new Entry(id, question, question, List.of(phrasings), "", List.of(),
				EnumSet.of(Audience.MEMBER, Audience.STAFF), null);
	}
}
