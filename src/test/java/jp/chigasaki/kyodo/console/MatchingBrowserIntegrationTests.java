package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.announcements.LineMock;
import jp.chigasaki.kyodo.emulator.internal.HeadlessChromium;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meetings;

/**
 * The matching flow in headless Chromium at a phone's width (390 px): a coordinator posts a need, publishes it, sees
 * the registered group suggested with its reasons, proposes a 事前打ち合わせ with a date; the group's member answers
 * in LINE (the proposal was pushed with its buttons); the coordinator sees it and records the confirmation. With
 * {@code -Dkyodo.screenshots=docs/images} it also saves the documentation's screenshots.
 */
class MatchingBrowserIntegrationTests extends EscalationTestContext {

	@LocalServerPort
	int port;

	@Autowired
	Groups groups;

	@Autowired
	Meetings meetings;

	HeadlessChromium chromium;

	ChromeDriver browser;

	WebDriverWait wait;

	@DynamicPropertySource
	static void line(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", () -> "http://127.0.0.1:" + LineMock.SERVER.port());
	}

	@BeforeEach
	void startBrowser() {
		LineMock.reset();
		chromium = HeadlessChromium.start(390, 900);
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aCoordinatorPostsANeedSeesTheMatchAndSetsUpAMeetingBothSidesConfirm() throws IOException {
		String member = "U" + UUID.randomUUID().toString().replace("-", "");
		Group group = groups.register(new Group.Profile("南湖ビーチクリーン", Field.ENVIRONMENT, "南湖",
				"毎月の海岸清掃、ごみの分別の出前授業", "子どもと一緒に海岸のごみを減らしたい", "LINE"), member, true);

		signIn();
		browser.get(url("/console/needs"));
		browser.findElement(By.id("need-title")).sendKeys("海岸清掃を一緒に");
		new Select(browser.findElement(By.id("need-field"))).selectByVisibleText("環境");
		browser.findElement(By.id("need-department")).sendKeys("環境政策課");
		browser.findElement(By.id("need-want")).sendKeys("海岸のごみを減らす清掃活動を、地域の団体と一緒に続けたい");
		browser.findElement(By.id("need-area")).sendKeys("南湖");
		click(By.cssSelector("input[name='offers'][value='PLACE']"));
		click(By.id("need-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "確認待ち"));
		assertThat(browser.findElement(By.id("need-status")).getText()).isEqualTo("確認待ち");

		click(By.id("publish"));
		wait.until(ExpectedConditions.textToBe(By.id("need-status"), "公開中"));
		WebElement match = browser.findElement(By.cssSelector("article.match[data-group-id='" + group.id() + "']"));
		assertThat(match.getText()).contains("南湖ビーチクリーン", "分野が同じ（環境）", "活動地域が重なる（南湖）", "共通の言葉")
			.contains("海岸");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", match);
		screenshot("initiatives-matching.png");

		WebElement option = match.findElement(By.cssSelector("input[name='options']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-07-01T10:00';", option);
		click(match.findElement(By.cssSelector("button.propose-meeting")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "両者に LINE でお知らせしました"));
		WebElement meeting = browser.findElement(By.cssSelector("article.meeting"));
		assertThat(meeting.findElement(By.className("meeting-status")).getText()).isEqualTo("提案中");
		long meetingId = Long.parseLong(meeting.getDomAttribute("id").substring("meeting-".length()));
		assertThat(LineMock.requests(LineMock.PUSH)).singleElement()
			.satisfies(push -> assertThat(push.getBodyAsString()).contains(member, "mtg:" + meetingId + ":g:0"));

		assertThat(meetings.answerFromLine(member, "mtg:" + meetingId + ":g:0")).hasValueSatisfying(
				reply -> assertThat(reply).contains("日程調整中"));
		browser.navigate().refresh();
		meeting = browser.findElement(By.id("meeting-" + meetingId));
		assertThat(meeting.findElement(By.className("group-answer")).getText()).isEqualTo("候補1");
		assertThat(meeting.findElement(By.className("meeting-status")).getText()).isEqualTo("日程調整中");

		WebElement record = meeting.findElement(By.cssSelector("form.record-answer"));
		new Select(record.findElement(By.name("side"))).selectByVisibleText("担当課");
		new Select(record.findElement(By.name("option"))).selectByVisibleText("7/1 10:00 で可");
		click(record.findElement(By.cssSelector("button[type='submit']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "回答を記録しました"));
		meeting = browser.findElement(By.id("meeting-" + meetingId));
		assertThat(meeting.findElement(By.className("meeting-status")).getText()).isEqualTo("確定");
		assertThat(meeting.findElement(By.className("department-answer")).getText()).isEqualTo("候補1");

		meeting.findElement(By.name("note")).sendKeys("環境政策課に電話で確認済み");
		click(meeting.findElement(By.cssSelector("form:not(.record-answer) button[type='submit']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "打ち合わせを更新しました"));
		WebElement confirmed = browser.findElement(By.id("meeting-" + meetingId));
		assertThat(confirmed.getText()).contains("確定", "候補: 7/1 10:00（確定）");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", confirmed);
		screenshot("initiatives-meetings.png");
	}

	private void signIn() {
		browser.get(url("/console/login"));
		browser.findElement(By.id("username")).sendKeys("city");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console/queue"));
	}

	private void click(By by) {
		click(browser.findElement(by));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		String target = System.getProperty("kyodo.screenshots");
		if (target != null) {
			Path file = Path.of(target, name);
			Files.createDirectories(file.getParent());
			Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		}
	}
}
