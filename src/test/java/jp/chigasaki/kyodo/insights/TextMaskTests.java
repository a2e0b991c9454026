package jp.chigasaki.kyodo.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMaskTests {

	@Test
	void masksPhoneNumbersInTheUsualWritings() {
		assertThat(TextMask.mask("電話は090-1234-5678です")).isEqualTo("電話は［電話番号］です");
		assertThat(TextMask.mask("０４６７－８２－１１１１に電話しました")).isEqualTo("［電話番号］に電話しました");
		assertThat(TextMask.mask("折り返しは 0467(82)1111 へ")).isEqualTo("折り返しは ［電話番号］ へ");
		assertThat(TextMask.mask("+81 90 1234 5678")).isEqualTo("［電話番号］");
		assertThat(TextMask.mask("09012345678")).isEqualTo("［電話番号］");
	}

	@Test
	void masksEmailAddresses() {
		assertThat(TextMask.mask("連絡先は taro.yamada+npo@example.or.jp です"))
			.isEqualTo("連絡先は ［メール］ です");
		assertThat(TextMask.mask("ｈａｎａ＠ｅｘａｍｐｌｅ．ｊｐ")).isEqualTo("［メール］");
	}

	@Test
	void masksNameLookingTokensAndMentions() {
		assertThat(TextMask.mask("山田太郎と申します")).isEqualTo("［氏名］と申します");
		assertThat(TextMask.mask("佐藤さんに伝えてください")).isEqualTo("［氏名］さんに伝えてください");
		assertThat(TextMask.mask("@鈴木 会場はどこ？")).isEqualTo("［氏名］ 会場はどこ?");
	}

	@Test
	void leavesAnOrdinaryQuestionAsItIs() {
		assertThat(TextMask.mask("げんき基金の申請はいつまでですか？")).isEqualTo("げんき基金の申請はいつまでですか?");
		assertThat(TextMask.mask("茅ヶ崎市役所の駐車場は何台？")).isEqualTo("茅ヶ崎市役所の駐車場は何台?");
		assertThat(TextMask.mask("茅ヶ崎でイベントをしたい")).isEqualTo("茅ヶ崎でイベントをしたい");
		assertThat(TextMask.mask("2026年4月1日に100人集まります")).isEqualTo("2026年4月1日に100人集まります");
	}
}
