package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import jp.chigasaki.kyodo.emulator.LocalChannel;

/**
 * The page renders what the bot sends like LINE does. The bot's side is played by the LINE SDK's own client, pushing
 * to the stand-in, so these checks hold whatever the bot says.
 */
@LocalRunTest
class EmulatorPageBrowserIntegrationTests {

	private static HeadlessChromium chromium;
	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	LocalChannel channel;

	@Autowired
	ChatLog chats;

	@BeforeAll
	static void startBrowser() {
		chromium = HeadlessChromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aPushedTextWithQuickRepliesAndAFlexCardRenderAndTheQuickRepliesCanBeTapped() throws Exception {
		String marker = "確認 " + UUID.randomUUID().toString().substring(0, 8);
		open("staff");
		QuickReply quickReply = new QuickReply(List.of(
				new QuickReplyItem(null, new MessageAction("試験A", "試験Aを選びました")),
				new QuickReplyItem(null, new PostbackAction("試験B", "dlg:menu", "試験Bを選びました", null,
						null, null))));
		FlexBubble card = new FlexBubble.Builder()
			.body(new FlexBox.Builder(FlexBox.Layout.VERTICAL,
					List.of(new FlexText.Builder().text("市民自治推進課").build(),
							new FlexText.Builder().text("担当: 協働推進").build()))
				.build())
			.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(
					new FlexButton.Builder(new URIAction("電話する", java.net.URI.create("tel:0467-00-0000"), null)).build()))
				.build())
			.build();

		push(Persona.STAFF.userId(), new FlexMessage("市民自治推進課の連絡先", card),
				new TextMessage(quickReply, null, marker, null, null));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(texts(".msg.bot .bubble.text")).contains(marker));
		assertThat(texts(".flex-text")).contains("市民自治推進課", "担当: 協働推進");
		assertThat(browser.findElement(By.cssSelector(".flex-button")).getAttribute("href")).isEqualTo("tel:0467-00-0000");
		assertThat(texts(".quick-reply")).containsExactly("試験A", "試験B");

		browser.findElements(By.cssSelector(".quick-reply")).get(1).click();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(texts(".msg.user .bubble.text")).contains("試験Bを選びました"));
		// As in LINE, the tapped message's quick replies are gone (the bot may since have offered others).
		assertThat(texts(".quick-reply")).doesNotContain("試験A", "試験B");
	}

	@Test
	void theLoadingIndicatorShowsUntilTheBotsMessageArrives() throws Exception {
		open("member");
		client().showLoadingAnimation(new ShowLoadingAnimationRequest(Persona.MEMBER.userId(), 30)).get();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> browser.findElement(By.id("loading")).isDisplayed());
		push(Persona.MEMBER.userId(), new TextMessage("お待たせしました"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> !browser.findElement(By.id("loading")).isDisplayed());
	}

	@Test
	void inTheGroupTheMentionButtonAddressesTheBotAndTheSpeakerIsShown() {
		open("group");
		browser.findElement(By.cssSelector("#speaker option[value='" + Persona.SUZUKI.userId() + "']")).click();

		browser.findElement(By.id("mention")).click();
		browser.findElement(By.id("text")).sendKeys("サポセンの場所は？");
		browser.findElement(By.id("send")).click();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			WebElement last = lastUserMessage();
			assertThat(last.findElement(By.cssSelector(".name")).getText()).isEqualTo(Persona.SUZUKI.displayName());
			assertThat(last.findElement(By.cssSelector(".mention")).getText()).isEqualTo("@協働コンシェルジュ");
			assertThat(last.findElement(By.cssSelector(".bubble")).getText()).endsWith("サポセンの場所は？");
		});
	}

	private void open(String chat) {
		browser.get("http://localhost:" + port + "/emulator?chat=" + chat);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !browser.findElements(By.cssSelector("#messages[data-shown='" + chat + "']")).isEmpty());
	}

	private void push(String to, com.linecorp.bot.messaging.model.Message... messages) throws Exception {
		client().pushMessage(UUID.randomUUID(), new PushMessageRequest(to, List.of(messages), false, null)).get();
	}

	private MessagingApiClient client() {
		return MessagingApiClient.builder(channel.token())
			.usingDefaultLogger(false)
			.apiEndPoint(java.net.URI.create("http://localhost:" + port + "/"))
			.build();
	}

	private WebElement lastUserMessage() {
		List<WebElement> all = browser.findElements(By.cssSelector(".msg.user"));
		assertThat(all).isNotEmpty();
		return all.get(all.size() - 1);
	}

	private static List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}
}
