package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.emulator.internal.HeadlessChromium;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.insights.InsightsFixture;

/**
 * The console on a phone (390 × 844 CSS pixels, headless Chromium) with seeded insights: every page fits the width,
 * the insights page shows the seeded figures and charts, the reply box is in view on a long conversation, the
 * sign-out button is readable, and a group of unanswered questions becomes an FAQ draft.
 */
class InsightsBrowserIntegrationTests extends EscalationTestContext {

	private static final int DAYS_AGO = 30;
	private static final AtomicBoolean SEEDED = new AtomicBoolean();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	Insights insights;

	LocalDate from;

	LocalDate to;

	@BeforeEach
	void seed() {
		to = insights.today().minusDays(DAYS_AGO);
		from = to.minusDays(6);
		if (SEEDED.compareAndSet(false, true)) {
			InsightsFixture.publish(publisher, InsightsFixture.read(Path.of("src/test/resources/insights/fixture-week.events"),
					PhoneBrowser.shiftTo(insights.today(), DAYS_AGO)));
		}
	}

	@Test
	void theInsightsPageShowsTheSeededFiguresOnAPhone() {
		try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
			ChromeDriver browser = chromium.driver();
			browser.get(base() + "/console/login");
			PhoneBrowser.assertFitsTheWidth(browser);
			assertThat(PhoneBrowser.contrast(browser.findElement(By.id("sign-in")))).isGreaterThanOrEqualTo(4.5);
			PhoneBrowser.signIn(browser, base());

			browser.get(base() + "/console/insights?from=" + from + "&to=" + to);
			assertThat(browser.findElement(By.cssSelector("#kpi-questions .value")).getText()).isEqualTo("10");
			assertThat(browser.findElement(By.cssSelector("#kpi-answered .value")).getText()).isEqualTo("5");
			assertThat(browser.findElement(By.cssSelector("#kpi-escalations .value")).getText()).isEqualTo("3");
			assertThat(browser.findElements(By.cssSelector("#trend svg rect.s-answered"))).hasSize(7 + 1);
			assertThat(browser.findElement(By.id("table-entries")).getText()).contains("協働とは何ですか？", "3");
			assertThat(browser.findElement(By.id("table-initiatives")).getText()).contains("まだ記録がありません");
			assertThat(browser.findElement(By.id("csv-daily")).getDomAttribute("href")).contains("/console/insights/daily.csv");
			PhoneBrowser.assertFitsTheWidth(browser);
			WebElement signOut = browser.findElement(By.id("sign-out"));
			assertThat(signOut.isDisplayed()).isTrue();
			assertThat(PhoneBrowser.contrast(signOut)).as("サインアウト readable").isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void theReplyBoxIsAtHandOnALongConversationAndEveryPageFitsAPhone() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
			ChromeDriver browser = chromium.driver();
			PhoneBrowser.signIn(browser, base());
			PhoneBrowser.assertFitsTheWidth(browser);
			browser.get(base() + "/console/tickets/" + id);
			browser.findElement(By.id("claim")).click();
			await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("reply-text")).isEmpty());
			for (int i = 1; i <= 25; i++) {
				say(chat, "質問の続きです（" + i + "）。会場の広さと、使える備品について教えてください。");
			}
			browser.navigate().refresh();
			PhoneBrowser.assertInView(browser, browser.findElement(By.id("reply-text")));
			PhoneBrowser.assertInView(browser, browser.findElement(By.id("send-reply")));
			PhoneBrowser.assertFitsTheWidth(browser);
			WebElement first = browser.findElement(By.cssSelector("#transcript .turn"));
			assertThat(first.getText()).as("a card starts with its label, no blank line").matches("(?s)^(利用者|ボット|担当者).*");

			for (String page : new String[] { "/console/queue", "/console/insights",
					"/console/unanswered?from=" + from + "&to=" + to, "/console/needs", "/console/groups",
					"/console/meetings", "/console/events", "/console/announcements", "/console/knowledge" }) {
				browser.get(base() + page);
				assertThat(browser.findElements(By.id("sign-out"))).as(page + " is a console page").hasSize(1);
				PhoneBrowser.assertFitsTheWidth(browser);
			}
		}
	}

	@Test
	void aGroupOfUnansweredQuestionsBecomesAnFaqDraft() {
		try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
			ChromeDriver browser = chromium.driver();
			PhoneBrowser.signIn(browser, base());
			browser.get(base() + "/console/unanswered?from=" + from + "&to=" + to);
			WebElement largest = browser.findElement(By.cssSelector("section.group"));
			assertThat(largest.findElement(By.tagName("h2")).getText()).startsWith("2件");
			assertThat(largest.getText()).contains("駐車場はありますか", "［氏名］", "［電話番号］").doesNotContain("090-1234");
			largest.findElement(By.name("entryId")).sendKeys("parking-info");
			largest.findElement(By.cssSelector("button.new-entry")).click();
			await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("yaml")).isEmpty());
			String yaml = browser.findElement(By.id("yaml")).getDomProperty("value");
			assertThat(yaml).contains("- id: parking-info", "question: \"駐車場はありますか?\"", "phrasings:",
					"駐車場はありますか 車で行きます ［氏名］ ［電話番号］");
			assertThat(browser.findElement(By.id("notice")).getText()).contains("2 件に「parking-info」のラベル");
			PhoneBrowser.assertFitsTheWidth(browser);

			browser.get(base() + "/console/unanswered?from=" + from + "&to=" + to);
			assertThat(browser.findElement(By.id("eval-download")).getText()).contains("2件");
			assertThat(browser.getPageSource()).doesNotContain("車で行きます");
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
