package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which cleaned questions count as one sentence (they get the lower answer threshold when direct). */
class QuestionTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "花火大会の警備ボランティアは何歳から？", "図書室の本は何冊まで借りられますか。", "駐輪場 使い方",
			"How late is the hall open?", "会議室って予約いるの？？", "夜の見回り、腕章は貸してもらえる？ｗ" })
	void aQuestionWithoutASentenceEndInsideIsOneSentence(String question) {
		assertThat(QuestionText.oneSentence(QuestionText.clean(question, 300))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "会議室を借りたい。予約はいつから？", "花壇の当番っていますか？ 来月引っ越すので",
			"Is the hall open late? We meet after work.", "体操教室をやりたい！場所ある？", "。？！" })
	void aSentenceEndInsideOrNoWordsIsNot(String question) {
		assertThat(QuestionText.oneSentence(QuestionText.clean(question, 300))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "What is kyodo?,kyodoとは何ですか", "what's the genki kikin,genki kikinとは何ですか",
			"'Hi, what is \"sapocen\"?',sapocenとは何ですか", "What are civic groups?,civic groupsとは何ですか",
			"'What is \"kyodo\" exactly?',kyodoとは何ですか", "What exactly is kyodo?,kyodoとは何ですか" })
	void anEnglishWhatIsQuestionIsAskedAsAJapaneseDefinitionQuestion(String question, String framed) {
		assertThat(QuestionText.framed(question, phrase -> phrase)).isEqualTo(framed);
	}

	/** "where" is a function word the engine drops: a where-is question asks for the place's address. */
	@ParameterizedTest
	@CsvSource({ "Where is the support center?,support centerの住所", "where's Sapocen,Sapocenの住所",
			"'Hi, where is the civic activity support center?',civic activity support centerの住所",
			"'OK, where exactly is the city hall?',city hallの住所", "'Okay, where is the support center?',support centerの住所" })
	void anEnglishWhereIsQuestionIsAskedForTheAddress(String question, String framed) {
		assertThat(QuestionText.framed(question, phrase -> phrase)).isEqualTo(framed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Where is the deadline for this?", "Where can I get the forms?", "Where do I apply?" })
	void aWhereQuestionThatAsksMoreThanAPlaceStaysAsItIs(String question) {
		assertThat(QuestionText.framed(question, phrase -> phrase)).isEqualTo(question);
	}

	/** 何 names no topic, but every entry that asks 何時 or 何回 has it: a Japanese what-is message asks 「Xとは」. */
	@ParameterizedTest
	@CsvSource({ "協働とは何ですか,協働とは", "まちづくり協議会って何？,まちづくり協議会とは", "ぼうさいってなに,ぼうさいとは",
			"ふれあい農園 ってなんですか？？,ふれあい農園とは", "5つの原則って何のこと？ｗ,5つの原則とは", "地区防災計画とはなんでしょうか。,地区防災計画とは",
			"清掃センターってなにするところ？,清掃センターとは", "地区社協って何をしているところですか,地区社協とは",
			"まちづくり条例ってどういう意味？,まちづくり条例とは", "共催ってどういうこと,共催とは" })
	void aJapaneseWhatIsMessageIsAskedAsTheTermWithとは(String question, String framed) {
		assertThat(QuestionText.framed(question, phrase -> "spelled")).isEqualTo(framed);
	}

	/** In romaji, only a phrase the glossary names is framed (a made-up glossary here: kyodo, genki kikin). */
	@ParameterizedTest
	@CsvSource({ "kyodo tte nan desu ka,協働とは何ですか", "Kyodo tte nani?,協働とは何ですか", "kyodo towa,協働とは何ですか",
			"genki kikin tte nan desu ka,げんき基金とは何ですか", "genki kikin wa nan desu ka,げんき基金とは何ですか",
			"kyodo to wa nani no koto desu ka,協働とは何ですか" })
	void aRomajiWhatIsMessageNamingAGlossaryPhraseIsAskedAsItsDefinition(String question, String framed) {
		assertThat(QuestionText.framed(question, QuestionTextTests::glossary)).isEqualTo(framed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kyosai tte nani", "sore tte nan desu ka", "genki kikin wa nannin kara desu ka",
			"kyodo tte nan desu ka moushikomeru?", "kyodo no shinsei" })
	void aRomajiMessageThatNamesNoGlossaryPhraseOrAsksMoreStaysAsItIs(String question) {
		assertThat(QuestionText.framed(question, QuestionTextTests::glossary)).isEqualTo(question);
	}

	@ParameterizedTest
	@CsvSource({ "サポセンって何？,サポセン", "協働とは何ですか,協働", "げんき基金ってなんですか？,げんき基金",
			"さぽせんってなにするとこ？,さぽせん" })
	void aDefinitionQuestionNamesWhatItDefines(String text, String name) {
		assertThat(QuestionText.definedName(text)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "サポセンは何時まで？", "協働の例を教えて", "げんき基金の締め切りは何日ですか" })
	void anyOtherQuestionDefinesNothing(String text) {
		assertThat(QuestionText.definedName(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "三,3", "十,10", "十二,12", "五十,50", "百二十,120", "千五百,1500", "二千二十六,2026" })
	void aKanjiNumberIsItsValue(String kanji, int value) {
		assertThat(QuestionText.kanjiNumber(kanji)).isEqualTo(value);
	}

	@ParameterizedTest
	@CsvSource({ "三人しかいません,3人しかいません", "上限は五十万円ですか,上限は50万円ですか", "締切は十二月十九日,締切は12月19日",
			"二回目の申請,2回目の申請", "一人でも大丈夫,一人でも大丈夫", "十分ですか,十分ですか", "一日だけ,一日だけ" })
	void aKanjiNumberBeforeACounterIsWrittenInDigits(String text, String cleaned) {
		assertThat(QuestionText.clean(text, 200)).isEqualTo(cleaned);
	}

	@ParameterizedTest
	@CsvSource({ "協働は何ですか,協働", "サポセンはなんですか？,サポセン", "あの、まちぢから協議会はどういうものですか,まちぢから協議会",
			"ミライトークはなに？,ミライトーク" })
	void aNameThenWhatItIsWithHaGivesTheName(String text, String name) {
		assertThat(QuestionText.nameIsWhat(text)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "サポセンは何時まで？", "締め切りは何日ですか", "協働とは何ですか", "サポセンは？", "料金は何円？" })
	void anyOtherQuestionGivesNoNameWithHa(String text) {
		assertThat(QuestionText.nameIsWhat(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "さぽせん？,さぽせん", "げんき基金,げんき基金", "協働って？,協働", "共催とは,共催", "サポセン！！,サポセン" })
	void aMessageOfOneChunkAloneGivesIt(String text, String name) {
		assertThat(QuestionText.bareName(text)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "サポセンは？", "サポセンを", "サポセン？げんき基金？", "サポセン 休み", "サポセン、休み", "" })
	void aMessageOfMoreThanOneChunkOrEndingInAParticleGivesNone(String text) {
		assertThat(QuestionText.bareName(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "防災倉庫について知りたいです,防災倉庫", "防災倉庫のことを教えてください,防災倉庫", "防災倉庫の事を教えて下さい,防災倉庫",
			"花火大会に関して詳しく教えていただけますか,花火大会", "まちづくり協議会について聞きたいんですけど,まちづくり協議会",
			"Tell me about the fire drill,fire drill", "I'd like to know about Sapocen,Sapocen",
			"Could you tell me more about the park cleanup?,park cleanup", "Info on kyodo please,kyodo",
			"Genki Kikin?,Genki Kikin", "the support center,support center" })
	void aMessageOnlyAskingToBeToldAboutANameGivesIt(String text, String name) {
		assertThat(QuestionText.aboutName(text)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "防災倉庫について知りたいことがあります", "防災倉庫の鍵について教えて。あと場所も",
			"防災倉庫はどこですか", "Tell me about the deadline of the fund for parks", "When is the fire drill?",
			"kyodo", "サポセン" })
	void anyOtherMessageGivesNoNameToBeToldAbout(String text) {
		assertThat(QuestionText.aboutName(text)).isNull();
	}

	private static String glossary(String phrase) {
		return switch (phrase.toLowerCase(java.util.Locale.ROOT)) {
			case "kyodo" -> "協働";
			case "genki kikin" -> "げんき基金";
			default -> phrase;
		};
	}

	@ParameterizedTest
	@ValueSource(strings = { "What is the phone number of the center?", "What is the deadline?",
			"What is the best way to find volunteers for our beach cleanup?", "What is kyodo? Can we apply?",
			"体育館って何時まで使える？", "町内会費ってなんで払うの？", "防災倉庫ってなに？誰でも入れるの？",
			"市と一緒にやるとき、市ができないことって何ですか？", "清掃センターってなにするところが近い？",
			"地区社協ってどんな集まり？", "協働とは" })
	void anyOtherQuestionStaysAsItIs(String question) {
		assertThat(QuestionText.framed(question, phrase -> "spelled")).isEqualTo(question);
	}

	@Test
	void anHourTypedInKanaIsAnHour() {
		assertThat(QuestionText.clean("17じすぎてもあいてる？", 500)).isEqualTo("17時すぎてもあいてる？");
		assertThat(QuestionText.clean("サポセンって9じからですか", 500)).isEqualTo("サポセンって9時からですか");
		// Not an hour: a duration, or じ inside a word.
		assertThat(QuestionText.clean("3じかんかかる？", 500)).isEqualTo("3じかんかかる？");
		assertThat(QuestionText.clean("2じどうかん", 500)).isEqualTo("2じどうかん");
	}

	@Test
	void theOneOfTwoInKanaSaysNothingOfTheTopic() {
		// Read as ホウ, のほう matched the kana phrasings that say ほうほう (方法): the fund's donation entry.
		assertThat(QuestionText.clean("げんき基金のほうを詳しく", 500)).isEqualTo("げんき基金を詳しく");
		assertThat(QuestionText.clean("公民館のほう", 500)).isEqualTo("公民館");
		// 方 in kanji is a person; after kana it is no name.
		assertThat(QuestionText.clean("担当の方と話したい", 500)).isEqualTo("担当の方と話したい");
		assertThat(QuestionText.clean("こっちのほうがいい", 500)).isEqualTo("こっちのほうがいい");
	}

	@ParameterizedTest
	@CsvSource({ "協働って結局なに？,協働", "協働ってよく聞くけど、結局なに？,協働", "ねえ、サポセンってそもそも何,サポセン",
			"市民活動ステップアップ支援とはどんな補助ですか？,市民活動ステップアップ支援" })
	void aWhatIsQuestionWithFillersOrAskingWhatKindNamesItsName(String question, String name) {
		assertThat(QuestionText.definedName(question)).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource({ "協働と共同って違うんですか,協働,共同", "「協働」は「協同」と同じ意味？,協働,協同", "協働って共同と一緒？,協働,共同",
			"委託と協働の違いを教えて,委託,協働" })
	void aNameToldApartFromAnotherGivesBoth(String question, String first, String second) {
		assertThat(QuestionText.pairToldApart(question)).containsExactly(first, second);
	}

	@ParameterizedTest
	@ValueSource(strings = { "協働と委託の違いをわかりやすく説明できる資料はありますか", "協働ってなに？", "協働と共同", "違いは？" })
	void anyOtherMessageGivesNoPairToldApart(String question) {
		assertThat(QuestionText.pairToldApart(question)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "協働って結局なにをすることなの？,協働", "サポセンってなにするの？,サポセン", "協働ってそもそもなにをすることなんですか,協働" })
	void whatOneDoesInSomethingNamesItsName(String question, String name) {
		assertThat(QuestionText.definedName(question)).isEqualTo(name);
	}

	@Test
	void aLaughClosingASentenceIsDropped() {
		assertThat(QuestionText.clean("協働ってなに笑", 500)).isEqualTo("協働ってなに");
		assertThat(QuestionText.clean("サポセンってどこｗｗ", 500)).isEqualTo("サポセンってどこ");
		assertThat(QuestionText.clean("協働ってなんですか（笑）", 500)).isEqualTo("協働ってなんですか");
		// Not a laugh: 笑 inside a word, or w of an English word.
		assertThat(QuestionText.clean("笑顔の会です", 500)).isEqualTo("笑顔の会です");
		assertThat(QuestionText.clean("How do I get a new window", 500)).isEqualTo("How do I get a new window");
	}

	@Test
	void whyAskedWithNandeIsNaze() {
		// Kuromoji cut 「ってなんでなくなった」 into ってな／ん／で／なく／なっ: the question lost both why and what happened.
		assertThat(QuestionText.clean("協働推進事業ってなんでなくなったの", 300)).isEqualTo("協働推進事業ってなぜなくなったの");
		// 「なんですか」 and 「なんでしょう」 ask what something is; 「なんでも」 is anything.
		for (String kept : List.of("サポセンってなんですか", "これはなんでしょう", "なんでも相談できますか")) {
			assertThat(QuestionText.clean(kept, 300)).as(kept).isEqualTo(kept);
		}
	}
}
