package jp.chigasaki.kyodo.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageTests {

	@Test
	void setsAsideGreetingIntroductionAndClosing() {
		Message message = Message.of("いつもお世話になっております。南部で自治会長をしております田中と申します。"
				+ "サポセンの会議室は予約できますでしょうか。よろしくお願いいたします。");

		assertThat(message.questions()).containsExactly("サポセンの会議室は予約できますでしょうか。");
		assertThat(message.social()).isTrue();
	}

	@Test
	void aGroupChatMessageAsksFromItsLaterMentionOnAndKeepsTheTalkBeforeAsContext() {
		// The line breaks of the LINE message are spaces by the time the dialogue reads it.
		Message message = Message.of("来月の総会どうする？ 場所まだ決まってないよね @コンシェルジュ コミセンの部屋って何日前から予約できる？");

		assertThat(message.separateQuestions()).isEmpty();
		assertThat(message.questions()).hasSize(1);
		assertThat(message.content()).isEqualTo("来月の総会どうする 場所まだ決まってないよね コミセンの部屋って何日前から予約できる？");
		// What the mentioning line asks is kept apart too, without the name and the greetings.
		assertThat(message.addressed()).isEqualTo("コミセンの部屋って何日前から予約できる？");
		assertThat(Message.of("場所どうする？ @コンシェルジュ こんにちは！サポセンの会議室は何人入れますか").addressed())
			.isEqualTo("サポセンの会議室は何人入れますか");
		assertThat(Message.of("@コンシェルジュ げんき基金の締め切りは？").addressed()).isEmpty();
		assertThat(Message.of("げんき基金の締め切りは？ @コンシェルジュ").addressed()).isEmpty();
		// Without a later mention, or with an address that only contains @, nothing changes.
		assertThat(Message.of("総会どうする？ コミセンの部屋って何日前から予約できる？").separateQuestions()).hasSize(2);
		assertThat(Message.addressed("質問です。kyodo@example.jp に送ればいいですか？"))
			.isEqualTo("質問です。kyodo@example.jp に送ればいいですか？");
		assertThat(Message.addressed("@コンシェルジュ げんき基金の締め切りは？")).isEqualTo("@コンシェルジュ げんき基金の締め切りは？");
		assertThat(Message.addressed("げんき基金の締め切りは？ @コンシェルジュ")).isEqualTo("げんき基金の締め切りは？ @コンシェルジュ");
	}

	@Test
	void setsAsideTheFirstUseAnnouncedAndAnNpoSayingWhatItIs() {
		Message first = Message.of("はじめて使わせていただきます。げんき基金の締め切りはいつですか。");
		Message npo = Message.of("サポセンの会議室は夜も使えますか？子育て支援をしているNPOです");

		assertThat(first.questions()).containsExactly("げんき基金の締め切りはいつですか。");
		assertThat(Message.of("初めてLINEで質問します。公民館の予約は何か月前から？").questions())
			.containsExactly("公民館の予約は何か月前から？");
		// A first time that is the matter itself stays.
		assertThat(Message.of("初めて茅ヶ崎に来ました。サポセンはどこ？").questions())
			.containsExactly("初めて茅ヶ崎に来ました。 サポセンはどこ？");
		assertThat(npo.questions()).containsExactly("サポセンの会議室は夜も使えますか？");
		assertThat(npo.introduced()).isEqualTo("子育て支援をしているNPOです");
	}

	@Test
	void setsAsideALettersOpeningAndTheWritersRole() {
		// Kept as sentences, the season's greeting (清栄, 晩秋) and the address were read as part of the question.
		Message letter = Message.of("拝啓　晩秋の候、ますますご清栄のこととお喜び申し上げます。 市民自治推進課御中 "
				+ "平素より格別のご高配を賜り、厚く御礼申し上げます。 松が丘の囲碁クラブを主宰しております。 "
				+ "サポセンの印刷機は会員でなくても使えますか。");
		Message role = Message.of("前略ご免下さい。世話役の山本でございます。げんき基金の締め切りはいつでしょうか。");

		assertThat(letter.questions()).containsExactly("サポセンの印刷機は会員でなくても使えますか。");
		assertThat(letter.introduced()).contains("主宰しております");
		assertThat(role.questions()).containsExactly("げんき基金の締め切りはいつでしょうか。");
		assertThat(role.introduced()).contains("世話役の山本でございます");
		// A question that only opens with an address keeps its words.
		assertThat(Message.of("サポセン様、印刷機は使えますか").questions()).hasSize(1);
	}

	@Test
	void aTrailingExplanationInTheTeFormOrASoftenedWishIsAReasonToo() {
		assertThat(Message.of("サポセンの掲示板にチラシを貼れますか。仲間を増やしたいと思いまして。").questions())
			.containsExactly("サポセンの掲示板にチラシを貼れますか。");
		assertThat(Message.of("公民館でプロジェクターは借りられますか。あると助かるのですが…").questions())
			.containsExactly("公民館でプロジェクターは借りられますか。");
		// What is left of a thanks (大変, 誠に) is no sentence of its own.
		assertThat(Message.of("先日は大変助かりました。誠にありがとうございました。保険の請求はいつまでですか。").questions())
			.containsExactly("保険の請求はいつまでですか。");
	}

	@Test
	void aVerbStemAndKataAtTheEndAsksHow() {
		assertThat(Message.of("NPO法人 作り方").asks()).isTrue();
		assertThat(Message.of("公民館の部屋 借り方").asks()).isTrue();
		// 方 after の is a person or a side, not a way.
		assertThat(Message.of("市の方").asks()).isFalse();
	}

	@Test
	void setsAsideEnglishGreetingsAndThanksToo() {
		Message hello = Message.of("Hi, what does kyodo mean?");
		Message thanks = Message.of("Thank you so much! Where is the support center?");

		assertThat(hello.content()).isEqualTo("what does kyodo mean?");
		assertThat(hello.social()).isTrue();
		assertThat(thanks.questions()).containsExactly("Where is the support center?");
		// Words that only contain a greeting are not one.
		assertThat(Message.of("Which office handles this?").social()).isFalse();
	}

	@Test
	void aDouThatAsksNothingLeavesTheRequestTheOneAskingSentence() {
		// どうにも (in no way), どうも, どうぞ are no どう of a question: with two "asking" sentences the request for a
		// person was not read alone, and the telling sentence's words made the whole message a clarify.
		Message message = Message.of("こんばんは。機械の操作はどうにも不得手でして。係の方にお電話でご相談できますでしょうか。");

		assertThat(message.loneAsking()).contains("係の方にお電話でご相談できますでしょうか。");
		assertThat(Message.of("会則づくりがどうもうまくいきません。相談できますか。").loneAsking()).contains("相談できますか。");
		assertThat(Message.of("うちの会はどうしたらいい？").asks()).isTrue();
	}

	@Test
	void japaneseWrittenWithSpacesBetweenItsWordsIsReadJoined() {
		assertThat(Message.unspaced("こうみんかん の へや は いくら です か?")).isEqualTo("こうみんかんのへやはいくらですか?");
		// A space beside a Latin word stays.
		assertThat(Message.unspaced("サポセン は Sunday も あいて います か")).isEqualTo("サポセンは Sunday もあいていますか");
		// One particle alone is no such writing: the spaces of 「サポセン　場所」 or an elder's pauses stay.
		assertThat(Message.unspaced("市民活動サポートセンターは　何時から　開いていますか")).isEqualTo("市民活動サポートセンターは　何時から　開いていますか");
		assertThat(Message.unspaced("サポセン 休み")).isEqualTo("サポセン 休み");
	}

	@Test
	void aListEndingInTokaAsksNothing() {
		// Its か read as a question's: the activity told after the bot asked for it was read as a question alone.
		assertThat(Message.of("子どもの学習支援とか、放課後の居場所づくりとか").asks()).isFalse();
		assertThat(Message.of("サポセンは土曜も開いてますか").asks()).isTrue();
		assertThat(Message.of("会議室とか？").asks()).isTrue();
	}

	@Test
	void dropsAnIntroductionAtTheHeadOfTheQuestionSentence() {
		assertThat(Message.of("環境政策課の職員ですが、委託と協働の違いは？").content()).isEqualTo("委託と協働の違いは？");
		assertThat(Message.of("NPOの事務局をやってます。げんき基金の締め切りはいつ？").content()).isEqualTo("げんき基金の締め切りはいつ？");
	}

	@Test
	void whatSomeoneWasToldToFindOutIsNoIntroduction() {
		// 「…と言われました（市職員です）」 read as one long introduction up to 職員です: the matter went with it, and the
		// question left (「要点を教えていただけますか」) named nothing.
		Message message = Message.of("係長から、後援と共催の違いを説明できるようにと言われました（市職員です）。要点を教えてください");

		assertThat(message.content()).contains("後援と共催の違い");
		assertThat(Message.of("長年、地域の清掃に携わってまいりました者でございます。寄付の方法を教えてください").content())
			.isEqualTo("寄付の方法を教えてください");
	}

	@Test
	void dropsADepartmentOrGroupNamingItselfButKeepsAQuestionEndingLikeOne() {
		assertThat(Message.of("公園緑地課です。げんき基金の締め切りはいつですか").content()).isEqualTo("げんき基金の締め切りはいつですか");
		assertThat(Message.of("海岸地区の自治会です。コミセンは借りられますか").content()).isEqualTo("コミセンは借りられますか");
		assertThat(Message.of("借りられるのは登録した団体だけでございますか").content())
			.isEqualTo("借りられるのは登録した団体だけでございますか");
		assertThat(Message.of("担当は何課ですか").content()).isEqualTo("担当は何課ですか");
	}

	@Test
	void keepsTheQuestionAfterThanksAndDropsTheConnector() {
		assertThat(Message.of("ありがとうございました！あと、共催と後援の違いを教えて").questions())
			.containsExactly("共催と後援の違いを教えて");
	}

	@Test
	void theEnglishAnnouncementOfOneMoreQuestionIsNotAsked() {
		assertThat(Message.of("Thanks! One more thing, what's the main phone number for city hall?").questions())
			.containsExactly("what's the main phone number for city hall?");
		assertThat(Message.of("One more question: what is the genki kikin?").questions())
			.containsExactly("what is the genki kikin?");
		assertThat(Message.of("Also, where is the support center?").questions()).containsExactly("where is the support center?");
		// A word that only starts like one stays ("Alsop" is a name; "another" before a noun of the question stays too).
		assertThat(Message.of("Another group asked me: is there a fee?").questions())
			.containsExactly("Another group asked me: is there a fee?");
	}

	@Test
	void whatAThanksSaysOfTheAnswerIsNotAsked() {
		assertThat(Message.of("ご丁寧にありがとうございます。その課の電話番号もお教えいただけますか。").questions())
			.containsExactly("その課の電話番号もお教えいただけますか。");
		assertThat(Message.of("早速のご回答ありがとうございます！共催との違いは？").questions()).containsExactly("共催との違いは？");
		assertThat(Message.of("分かりやすいご説明、ありがとうございました。").questions()).isEmpty();
		// A word of the question that happens to be one of these stays (詳しい is asked for here, not thanked for).
		assertThat(Message.of("詳しい資料はありますか？").questions()).containsExactly("詳しい資料はありますか？");
	}

	@Test
	void theTopicOfAThanksAndTheAnnouncementOfOneMoreQuestionAreNotAsked() {
		assertThat(Message.of("共催の件ありがとう！もう一個いい？後援ってお金出る？").questions()).containsExactly("後援ってお金出る？");
		assertThat(Message.of("ご説明ありがとうございます。もう一点よろしいでしょうか。サポセンの場所は？").questions())
			.containsExactly("サポセンの場所は？");
		assertThat(Message.of("ついでにもう一つ、会議室は有料ですか？").questions()).containsExactly("会議室は有料ですか？");
		assertThat(Message.of("もう一個だけ。プレゼンは何分？").questions()).containsExactly("プレゼンは何分？");
		// 「もう一つの」 names something: the words stay.
		assertThat(Message.of("もう一つの補助は？").questions()).containsExactly("もう一つの補助は？");
	}

	@Test
	void anEnglishSentenceSayingOnlyWhoTheWriterIsIsAnIntroduction() {
		Message american = Message.of("I'm an American living near Tsujido. What is a jichikai?");

		assertThat(american.questions()).containsExactly("What is a jichikai?");
		assertThat(american.introduced()).isEqualTo("I'm an American living near Tsujido.");
		// A wish or a worry said with it is context for the question, as in Japanese.
		assertThat(Message.of("I'm a surfer and want to clean the beach. Do we need permission?").questions())
			.containsExactly("I'm a surfer and want to clean the beach. Do we need permission?");
		assertThat(Message.of("I'm interested in volunteering. Where can I start?").questions())
			.containsExactly("I'm interested in volunteering. Where can I start?");
	}

	@Test
	void aWishIsContextForTheQuestionThatFollows() {
		Message message = Message.of("海岸のごみ拾いをしたいです。どこに相談すればいいですか");

		assertThat(message.questions()).containsExactly("海岸のごみ拾いをしたいです。 どこに相談すればいいですか");
		assertThat(message.separateQuestions()).isEmpty();
	}

	@Test
	void twoAskingSentencesAreTwoQuestions() {
		assertThat(Message.of("げんき基金の上限はいくらですか？締め切りはいつですか？").separateQuestions())
			.containsExactly("げんき基金の上限はいくらですか？", "締め切りはいつですか？");
	}

	@Test
	void oneSentenceAskingTwoThingsOfOneTopicIsTwoQuestions() {
		assertThat(Message.of("サポセンの場所と開館時間を教えて").separateQuestions())
			.containsExactly("サポセンの場所を教えて", "サポセンの開館時間を教えて");
		assertThat(Message.of("げんき基金の締め切りと、上限額は？").separateQuestions())
			.containsExactly("げんき基金の締め切りは？", "げんき基金の上限額は？");
		// A comparison, a partner, or a pair that is itself the topic asks one thing.
		for (String one : List.of("共催と後援の違いは？", "市と一緒にイベントをやりたいのですが", "委託と協働ってどう違うの？",
				"子どもと大人が参加できるイベントはありますか", "協働と委託について教えてください")) {
			assertThat(Message.of(one).separateQuestions()).as(one).isEmpty();
		}
	}

	@Test
	void aSentenceEndingInCasualBecauseDoesNotAsk() {
		assertThat(Message.of("会員に手伝いの人も数えていい？まだ3人しかいないんで").separateQuestions()).isEmpty();
		assertThat(Message.of("会員に手伝いの人も数えていい？なんで3人以上なの").separateQuestions()).hasSize(2);
	}

	@Test
	void aMessageThatIsOnlySocialHasNoQuestion() {
		assertThat(Message.of("ありがとうございました！").questions()).isEmpty();
		assertThat(Message.of("こんにちは").questions()).isEmpty();
	}

	@Test
	void aQuestionWithoutSocialWordsStaysAsItIs() {
		Message message = Message.of("げんき基金っていくらまで？");

		assertThat(message.content()).isEqualTo("げんき基金っていくらまで？");
		assertThat(message.social()).isFalse();
	}

	@Test
	void theFirstAskingSentenceIsFoundAfterTellingOnesAndBeforeOtherQuestions() {
		assertThat(Message.of("回覧板で見ました。協働って何ですか？私たちにも関係ありますか？").firstAsking())
			.contains("協働って何ですか？");
		assertThat(Message.of("What does kyodo mean? I saw it on a poster.").firstAsking())
			.contains("What does kyodo mean?");
		// One sentence alone has no other sentence to be set apart from.
		assertThat(Message.of("協働って何ですか？").firstAsking()).isEmpty();
	}

	@Test
	void mentionsAtTheStartOrTheEndAreCutAsLineCutsAMentionOfTheBot() {
		assertThat(Message.withoutEdgeMentions("@コンシェルジュ わかった、番号おしえて")).isEqualTo("わかった、番号おしえて");
		assertThat(Message.withoutEdgeMentions("＠コンシェルジュ　@サポセン係 夜もあいてる？")).isEqualTo("夜もあいてる？");
		assertThat(Message.withoutEdgeMentions("夜もあいてる？@コンシェルジュ")).isEqualTo("夜もあいてる？");
		assertThat(Message.withoutEdgeMentions("夜もあいてる？ ＠コンシェルジュ")).isEqualTo("夜もあいてる？");
	}

	@Test
	void mentionsInsideATextAndAddressesStay() {
		// A mention between the group's own talk and the question is for addressed() to read.
		assertThat(Message.withoutEdgeMentions("会場どうする？ @コンシェルジュ 会議室って借りられる？"))
			.isEqualTo("会場どうする？ @コンシェルジュ 会議室って借りられる？");
		assertThat(Message.withoutEdgeMentions("kyodo@example.jp に送ればいい？")).isEqualTo("kyodo@example.jp に送ればいい？");
		assertThat(Message.withoutEdgeMentions("送り先はkyodo@example.jp")).isEqualTo("送り先はkyodo@example.jp");
		// A text of mentions alone is left for the dialogue to ask what is wanted.
		assertThat(Message.withoutEdgeMentions("@コンシェルジュ")).isEqualTo("@コンシェルジュ");
	}

	@Test
	void goingBackToAMatterNamedBeforeMakesItTheQuestionsTopic() {
		// As typed, the framing (さっき, 話, 戻る) fell back.
		assertThat(Message.of("さっきの会議室の話に戻るけど、予約はネットでできる？").content()).isEqualTo("会議室の予約はネットでできる？");
		assertThat(Message.of("先ほどの保険の件ですが、事前の登録は要りますか").content()).isEqualTo("保険の事前の登録は要りますか");
		// Nothing named: the framing stays.
		assertThat(Message.of("さっきの話に戻るけど、それいつ？").content()).isEqualTo("さっきの話に戻るけど、それいつ？");
	}

	@Test
	void byTheWayOnlyAnnouncesANewMatter() {
		// ところで, そういえば and 話は変わりますが name nothing: the matter after them is the question.
		assertThat(Message.of("ところで、集会所の鍵はどこで借りますか").questions()).containsExactly("集会所の鍵はどこで借りますか");
		assertThat(Message.of("話は変わりますが、後援の申請先はどこですか").questions()).containsExactly("後援の申請先はどこですか");
		assertThat(Message.of("そういえば講座っていつやるの？").social()).isTrue();
	}

	@Test
	void whatOneWasToldBeforeAsksNothingNow() {
		// 教えて asks (「教えてください」); 教えてもらった, 教えていただきました report what was told.
		Message message = Message.of("先週教えていただいた窓口に行ってきました、ありがとう。会議室の予約はネットでもできますか？");

		assertThat(message.loneAsking()).contains("会議室の予約はネットでもできますか？");
		assertThat(Message.of("前に教えてもらった番号にかけました").asks()).isFalse();
		assertThat(Message.of("番号を教えてもらえますか").asks()).isTrue();
	}

	@Test
	void whyTheWriterAsksToldAfterTheQuestionIsSetAside() {
		assertThat(Message.of("年末は何日まで開いてますか？ 大掃除の日を決めたいので").questions())
			.containsExactly("年末は何日まで開いてますか？");
		assertThat(Message.of("委員会は傍聴できますか？ 卒論の調査のためです").questions()).containsExactly("委員会は傍聴できますか？");
		// Where someone comes from is no reason, and a wish may be the matter itself (「…どれくらいある？連携したい」).
		assertThat(Message.of("講座に参加できますか？ 藤沢から").content()).contains("藤沢から");
		assertThat(Message.of("日本語教室の団体は市内にいくつある？ 連携したい").content()).contains("連携したい");
	}
	@Test
	void aTopicAnnouncedWithNothingAskedIsThatTopic() {
		assertThat(Message.of("げんき基金のことで").questions()).containsExactly("げんき基金");
		assertThat(Message.of("保険の件なんですけど…").questions()).containsExactly("保険");
		assertThat(Message.of("こんにちは。サポセンについてですが").questions()).containsExactly("サポセン");
		// Something asked of it keeps every word.
		assertThat(Message.of("後援のことで相談したいです").questions()).containsExactly("後援のことで相談したいです");
		assertThat(Message.of("げんき基金について教えて").questions()).containsExactly("げんき基金について教えて");
	}

	@Test
	void aSymbolLeftBesideAnApologyIsSetAsideWithIt() {
		assertThat(Message.of("すみません💦 サポセンって誰でも使えるんですか？").questions())
			.containsExactly("サポセンって誰でも使えるんですか？");
	}
	@Test
	void aClauseThatTellsBeforeTheQuestionIsASentenceOfItsOwn() {
		assertThat(Message.of("ママ友で遊ぶ会をやってるんですが、市の補助金とかもらえたりしますか？").loneAsking())
			.contains("市の補助金とかもらえたりしますか？");
		assertThat(Message.of("小学校の見守りをしてるんですけど、登録ってできますか？").questions())
			.containsExactly("小学校の見守りをしてるんですけど、 登録ってできますか？");
		// A comparison needs what the telling clause names: one sentence.
		assertThat(Message.of("市のチラシで協働って言葉を見るんですが、ボランティアとは違うんですか？").sentences()).hasSize(1);
		// Nor is a が that only joins two nouns a clause (「基金ですが」 has no verb before it).
		assertThat(Message.of("げんき基金ですが、締め切りはいつですか？").sentences()).hasSize(1);
	}
	@Test
	void aGroupOrRoleSaidWithNanDesuIsAnIntroduction() {
		Message message = Message.of("地域のスポーツクラブなんですけど、市民活動団体として登録ってできますか？");

		assertThat(message.questions()).containsExactly("市民活動団体として登録ってできますか？");
		assertThat(message.introduced()).isEqualTo("地域のスポーツクラブなんですけど、");
	}

	@Test
	void anAcknowledgementAsksNothing() {
		for (String text : List.of("承知しました。ご丁寧にありがとうございました", "ありがとうございます、さっきの基金の件はわかりました",
				"了解。", "かしこまりました")) {
			Message message = Message.of(text);

			assertThat(message.questions()).as(text).isEmpty();
			assertThat(message.social()).as(text).isTrue();
		}
		// What follows the acknowledgement is still asked.
		assertThat(Message.of("了解。担当の人に詳しく聞きたい").questions()).containsExactly("担当の人に詳しく聞きたい");
	}

	@Test
	void aGroupIntroducedByWhoIsInItIsAnIntroductionAndOneByWhatItDoesIsContext() {
		Message who = Message.of("中国人のボランティアグループです。おとしよりの手伝いがしたい。どこに聞けばいいですか");
		Message what = Message.of("子どもの見守りパトロールをしている有志のグループです。のぼり旗を市から借りられますか？");

		assertThat(who.introduced()).isEqualTo("中国人のボランティアグループです。");
		assertThat(who.content()).doesNotContain("中国人");
		assertThat(what.introduced()).isEmpty();
		assertThat(what.content()).contains("見守りパトロール");
	}

	@Test
	void aThingSaidAMomentAgoIsAskedByItsName() {
		assertThat(Message.of("さっき言ってたスタート支援ってやつは子ども食堂でも大丈夫？").questions())
			.containsExactly("スタート支援は子ども食堂でも大丈夫？");
		assertThat(Message.of("先ほどおっしゃっていた事業協力というのは、協定を結ぶんですか").questions())
			.containsExactly("事業協力は、協定を結ぶんですか");
	}

	@Test
	void aCorrectionAsksWhatIsMeant() {
		assertThat(Message.of("いや、会員じゃなくて一般の参加者のことです").questions()).containsExactly("一般の参加者");
		assertThat(Message.of("さっきのは公民館じゃなくてコミセンのほうです。予約は何日前まで？").content())
			.doesNotContain("公民館").contains("コミセン");
		// A negation that is a condition keeps every word.
		assertThat(Message.of("NPOじゃなくても申請できますか").questions()).containsExactly("NPOじゃなくても申請できますか");
		assertThat(Message.of("市内在住じゃなくて大丈夫？").questions()).containsExactly("市内在住じゃなくて大丈夫？");
	}

	@Test
	void whereTheWriterLookedBeforeAskingIsSetAsideButNotWhatTheyReadThere() {
		assertThat(Message.of("パンフレットを読んだんですが、ステップアップ支援は何年目から使えますか").questions())
			.containsExactly("ステップアップ支援は何年目から使えますか");
		assertThat(Message.of("ホームページをいくら探しても見つからないんですけど、サポセンに駐車場はありますか？").questions())
			.containsExactly("サポセンに駐車場はありますか？");
		// What was read is what is asked about.
		assertThat(Message.of("ネットで締切は1月って見たんですけど本当ですか").questions())
			.containsExactly("ネットで締切は1月って見たんですけど本当ですか");
		assertThat(Message.of("広報で「市民活動」という言葉を見たんですが、自治会も入りますか").questions())
			.singleElement().asString().startsWith("広報で「市民活動」という言葉を見たんですが");
	}
}
