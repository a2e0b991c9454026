package jp.chigasaki.kyodo.console;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
 * Not part of the suite (the name does not end in {@code Tests}): the screenshots of docs/insights.md, from the
 * product with the hand-computed fixture week moved to the last seven days. Regenerate with
 * {@code ./mvnw test -Dtest=InsightsScreenshots} (needs Debian's chromium and fonts-noto-cjk).
 */
class InsightsScreenshots extends EscalationTestContext {

	private static final Path IMAGES = Path.of("docs/images");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	Insights insights;

	@Test
	void takeScreenshots() throws IOException {
		InsightsFixture.publish(publisher, InsightsFixture.read(Path.of("src/test/resources/insights/fixture-week.events"),
				PhoneBrowser.shiftTo(insights.today(), 0)));
		Files.createDirectories(IMAGES);
		String base = "http://localhost:" + port;
		try (HeadlessChromium chromium = HeadlessChromium.start(1280, 2300)) {
			ChromeDriver browser = chromium.driver();
			PhoneBrowser.signIn(browser, base);
			browser.get(base + "/console/insights");
			save(browser, "insights.png");
			browser.get(base + "/console/unanswered");
			save(browser, "unanswered.png");
		}
		ChatRef chat = newUser();
		long id = openTicket(chat);
		try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
			ChromeDriver browser = chromium.driver();
			PhoneBrowser.signIn(browser, base);
			browser.get(base + "/console/insights");
			save(browser, "insights-phone.png");
			browser.get(base + "/console/queue");
			save(browser, "console-phone-queue.png");
			browser.get(base + "/console/tickets/" + id);
			browser.findElement(By.id("claim")).click();
			await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("reply-text")).isEmpty());
			say(chat, "来月、地域の防災講座を開きたいです。市の担当課と一緒にできますか？");
			say(chat, "会場は公民館を考えています。参加者は30人くらいです。");
			browser.navigate().refresh();
			save(browser, "console-phone-ticket.png");
			browser.get(base + "/console/login");
			browser.manage().deleteAllCookies();
			browser.get(base + "/console/login");
			save(browser, "console-phone-signin.png");
		}
	}

	private static void save(ChromeDriver browser, String name) throws IOException {
		Files.write(IMAGES.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}
}
