package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.BrowserPrerequisites;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/**
 * The coordinator's flow in headless Chromium (Debian's chromium and chromium-driver; the test fails, never skips,
 * when they are missing): sign in, see the waiting ticket, claim, reply with a canned text, resolve.
 */
class ConsoleBrowserIntegrationTests extends EscalationTestContext {

	private static final File CHROMIUM = new File(BrowserPrerequisites.BROWSER);
	private static final File CHROMEDRIVER = new File(BrowserPrerequisites.DRIVER);

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		BrowserPrerequisites.require();
		profile = Files.createTempDirectory("console-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@Test
	void signInClaimReplyAndResolve() {
		ChatRef chat = newGroup();
		long id = openTicket(chat);

		browser.get("http://localhost:" + port + "/console/login");
		browser.findElement(By.id("username")).sendKeys("city");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		By row = By.cssSelector("tr[data-ticket-id='" + id + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		assertThat(browser.findElement(row).getText()).contains("待機中", "グループ", "その他");

		long later = openTicket(newUser());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-ticket-id='" + later + "']")));

		browser.findElement(row).findElement(By.linkText("#" + id)).click();
		browser.findElement(By.id("claim")).click();
		wait.until(ExpectedConditions.textToBe(By.id("notice"), "#" + id + " を担当しました。"));
		assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("対応中");

		say(chat, "駐車場はありますか");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "駐車場はありますか"));

		new Select(browser.findElement(By.id("canned"))).selectByVisibleText("受付のご連絡");
		assertThat(browser.findElement(By.id("reply-text")).getDomProperty("value")).startsWith("お問い合わせありがとうございます。");
		browser.findElement(By.id("send-reply")).click();
		wait.until(ExpectedConditions.textToBe(By.id("notice"), "LINEに送信しました。"));
		assertThat(messenger.pushesTo(chat.chatId())).singleElement()
			.satisfies(push -> assertThat(push.reply().text()).contains("お問い合わせありがとうございます。"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "お問い合わせありがとうございます。"));

		browser.findElement(By.id("resolve")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "解決済みにしました"));
		List<String> rows = browser.findElements(By.cssSelector("#queue tbody tr"))
			.stream()
			.map(element -> element.getDomAttribute("data-ticket-id"))
			.toList();
		assertThat(rows).doesNotContain(Long.toString(id));
		assertThat(say(chat, "ありがとうございました").silent()).isFalse();
	}
}
