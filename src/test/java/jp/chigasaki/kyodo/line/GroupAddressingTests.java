package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.linecorp.bot.webhook.model.Mention;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserMentionee;

class GroupAddressingTests {

	private final GroupAddressing addressing = new GroupAddressing(new LineProperties("", "", null, "コンシェルジュ",
			Set.of(), true, null, null, null, null, null));

	@Test
	void cutsTheBotsMentionWhereverItIs() {
		var message = text("げんき基金の締切は @協働コンシェルジュ ?", new UserMentionee(10, 10, null, true));

		assertThat(addressing.question(message)).contains("げんき基金の締切は  ?");
	}

	@Test
	void keepsAMentionBetweenTheGroupsTalkAndTheQuestionToMarkWhereTheQuestionBegins() {
		String text = "会場どうする？\n@協働コンシェルジュ コミセンは何日前から予約できる？";
		var message = text(text, new UserMentionee(8, 10, null, true));

		assertThat(addressing.question(message)).contains(text);
		assertThat(addressing.question(text("@協働コンシェルジュ コミセンは何日前から予約できる？", new UserMentionee(0, 10, null, true))))
			.contains("コミセンは何日前から予約できる？");
	}

	@Test
	void ignoresMentionsOfOtherMembers() {
		var message = text("@田中 明日よろしく", new UserMentionee(0, 3, "Uother", false));

		assertThat(addressing.question(message)).isEmpty();
	}

	@Test
	void acceptsThePrefixWithOrWithoutPunctuation() {
		assertThat(addressing.question(text("コンシェルジュ、サポセンはどこ", null))).contains("サポセンはどこ");
		assertThat(addressing.question(text("コンシェルジュ：協働とは", null))).contains("協働とは");
		assertThat(addressing.question(text("　コンシェルジュ 協働とは", null))).contains("協働とは");
	}

	@Test
	void ignoresThePrefixInTheMiddleOfAMessage() {
		assertThat(addressing.question(text("あのコンシェルジュに聞いてみよう", null))).isEmpty();
	}

	private static TextMessageContent text(String text, UserMentionee mentionee) {
		return new TextMessageContent("1", text, null, mentionee == null ? null : new Mention(List.of(mentionee)), "q",
				null, null);
	}
}
