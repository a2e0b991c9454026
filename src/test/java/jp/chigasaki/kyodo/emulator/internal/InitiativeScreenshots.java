package jp.chigasaki.kyodo.emulator.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;

/**
 * Not part of the suite (the name does not end in {@code Tests}): takes docs/initiatives.md's screenshots of the
 * LINE side from the running product (local profile, emulator) in headless Chromium at a phone's width. Regenerate
 * with {@code ./mvnw test -Dtest=InitiativeScreenshots}.
 */
@LocalRunTest
class InitiativeScreenshots {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Path IMAGES = Path.of("docs/images");

	@LocalServerPort
	int port;

	@Autowired
	Events events;

	@Test
	void takeScreenshots() throws IOException {
		events.create(new Event(0, "環境分野の発表会・交流会", Field.ENVIRONMENT, LocalDateTime.parse("2030-07-01T14:00"),
				LocalDateTime.parse("2030-07-01T16:00"), "市民活動サポートセンター", 30, "海岸の保全について団体と市が意見交換します。",
				true, List.of("環境政策課"), true));
		try (HeadlessChromium chromium = HeadlessChromium.start(430, 1000)) {
			ChromeDriver browser = chromium.driver();
			Files.createDirectories(IMAGES);
			browser.get("http://localhost:" + port + "/emulator?chat=member");
			for (String answer : List.of("団体登録", "浜見平こども食堂")) {
				say(browser, answer, bot(browser).size());
			}
			tapLabel(browser, "子ども・子育て");
			for (String answer : List.of("浜見平", "子ども食堂と学習支援", "会場と担い手が足りない", "LINE")) {
				say(browser, answer, bot(browser).size());
			}
			save(browser, "initiatives-line-registration.png");
			tapLabel(browser, "同意して登録");
			say(browser, "イベント", bot(browser).size());
			save(browser, "initiatives-line-events.png");
		}
	}

	private static void say(ChromeDriver browser, String text, int before) {
		browser.findElement(By.id("text")).sendKeys(text);
		browser.findElement(By.id("send")).click();
		await().atMost(WAIT).until(() -> bot(browser).size() > before);
	}

	private static void tapLabel(ChromeDriver browser, String label) {
		int before = bot(browser).size();
		await().atMost(WAIT).until(() -> quickReplies(browser).stream().anyMatch(b -> b.getText().equals(label)));
		quickReplies(browser).stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow().click();
		await().atMost(WAIT).until(() -> bot(browser).size() > before);
	}

	private static List<WebElement> quickReplies(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("#quick-replies .quick-reply"));
	}

	private static List<String> bot(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".msg.bot .bubble.text")).stream().map(WebElement::getText).toList();
	}

	private static void save(ChromeDriver browser, String name) throws IOException {
		Files.write(IMAGES.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}
}
