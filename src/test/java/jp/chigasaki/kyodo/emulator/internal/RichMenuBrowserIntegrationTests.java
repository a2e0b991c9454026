package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * The rich menu under the emulator's chat, in Chromium: the member sees the default menu and its できること tab, the
 * staff member the staff menu, a group none; a tap sends what LINE sends and the real bot answers it.
 */
@LocalRunTest
class RichMenuBrowserIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static HeadlessChromium chromium;
	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Knowledge knowledge;

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
	void theMemberTapsTheMenuItsTabAndTheCarouselOfWhatIsPossible() {
		open("member");
		awaitMenu("member");
		assertThat(browser.executeScript("return document.getElementById('richmenu-image').naturalWidth")).isEqualTo(2500L);

		tapArea("協働とは");
		awaitUserSaying("協働とは？");
		awaitBotSaying(firstLine("kyodo-definition"));

		tapArea("できること");
		awaitMenu("member-possible");
		tapArea("共催");
		awaitUserSaying("共催");
		awaitBotSaying("共催");

		tapArea("メニュー");
		awaitMenu("member");
		tapArea("市とできること");
		awaitUserSaying("できることメニュー");
		List<String> names = knowledge.current().menu().stream().map(MenuItem::name).toList();
		await().atMost(WAIT).untilAsserted(() -> assertThat(texts(".flex-carousel .flex-button")).containsAll(names));
		WebElement koen = browser.findElements(By.cssSelector(".flex-carousel .flex-button")).stream()
			.filter(b -> b.getText().equals("後援")).reduce((a, b) -> b).orElseThrow();
		koen.click();
		awaitUserSaying("後援");
	}

	@Test
	void theStaffMemberSeesTheStaffMenuAndGetsTheStaffAnswer() {
		open("staff");
		awaitMenu("staff");

		tapArea("後援・共催の手続き");

		awaitUserSaying("後援・共催の手続き");
		awaitBotSaying(firstLine("staff-koen-application"));
	}

	@Test
	void aGroupChatHasNoRichMenuAsInLine() {
		open("member");
		awaitMenu("member");

		open("group");

		await().atMost(WAIT).until(() -> !browser.findElement(By.id("richmenu")).isDisplayed());
	}

	@Test
	void theChatBarFoldsTheMenuAway() {
		open("staff");
		awaitMenu("staff");

		browser.findElement(By.id("chat-bar")).click();

		assertThat(browser.findElement(By.id("richmenu-image")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("chat-bar")).getText()).startsWith("職員メニュー");
	}

	private String firstLine(String faqId) {
		return knowledge.current().faq(faqId).orElseThrow().answer().lines().findFirst().orElseThrow().strip();
	}

	private void open(String chat) {
		browser.get("http://localhost:" + port + "/emulator?chat=" + chat);
		await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#messages[data-shown='" + chat + "']"))
			.isEmpty());
	}

	private void awaitMenu(String id) {
		await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#richmenu[data-menu='" + id + "']"))
			.isEmpty() && browser.findElement(By.id("richmenu-image")).isDisplayed());
	}

	private void tapArea(String label) {
		browser.findElement(By.cssSelector(".richmenu-area[aria-label='" + label + "']")).click();
	}

	private void awaitUserSaying(String text) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(texts(".msg.user .bubble.text")).contains(text));
	}

	private void awaitBotSaying(String text) {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(texts(".msg.bot .bubble.text")).anyMatch(t -> t.contains(text)));
	}

	private static List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}
}
