package jp.chigasaki.kyodo.emulator.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the suite (the name does not end in {@code Tests}): takes the README's screenshots of the emulator and
 * the console from the running product in headless Chromium, into {@code docs/images/}. Regenerate with
 * {@code ./mvnw test -Dtest=ReadmeScreenshots} (needs a Japanese font, e.g. Debian's {@code fonts-ipafont-gothic}).
 */
@LocalRunTest
class ReadmeScreenshots {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Path IMAGES = Path.of("docs/images");

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() throws IOException {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			ChromeDriver browser = chromium.driver();
			Files.createDirectories(IMAGES);
			browser.get(url("/emulator?chat=member"));
			say(browser, "なんで協働が大事なの？");
			tap(browser, 0);
			await().atMost(WAIT).until(() -> bot(browser).size() >= 2);
			// A question answered with a department card (Flex), whichever the engine picks first.
			for (String question : List.of("防災の活動について市のどこに相談すればいい？", "子育て支援で市と協働したい。担当課は？",
					"環境の活動をしたいけど市のどこに相談すればいい？", "どの課に相談すればいいですか")) {
				int lines = bot(browser).size() + cards(browser);
				say(browser, question);
				await().atMost(WAIT).until(() -> bot(browser).size() + cards(browser) > lines);
				if (cards(browser) > 0) {
					break;
				}
			}
			save(browser, "emulator.png");

			say(browser, "担当者と話したい");
			await().atMost(WAIT).until(() -> quickReplies(browser).stream().anyMatch(b -> b.getText().equals("すぐに担当者へ")));
			quickReplies(browser).stream().filter(b -> b.getText().equals("すぐに担当者へ")).findFirst().orElseThrow().click();
			String ticket = await().atMost(WAIT).until(() -> ticketNumber(browser), n -> n != null);
			String emulator = browser.getWindowHandle();

			browser.switchTo().newWindow(WindowType.TAB);
			browser.get(url("/console/login"));
			browser.findElement(By.id("username")).sendKeys("city");
			browser.findElement(By.id("password")).sendKeys("city");
			browser.findElement(By.id("sign-in")).click();
			await().atMost(WAIT).until(() -> browser.getCurrentUrl().contains("/console/queue"));
			browser.get(url("/console/tickets/" + ticket));
			browser.findElement(By.id("claim")).click();
			await().atMost(WAIT).until(() -> !browser.findElements(By.id("reply-text")).isEmpty());
			browser.findElement(By.id("reply-text"))
				.sendKeys("担当の山田です。防災の活動のご相談ですね。防災対策課と一緒にお話を伺えます。ご都合のよい日時を教えてください。");
			browser.findElement(By.id("send-reply")).click();
			await().atMost(WAIT).until(() -> !browser.findElements(By.id("reply-text")).isEmpty());
			save(browser, "console.png");

			browser.switchTo().window(emulator);
			await().atMost(WAIT).until(() -> bot(browser).stream().anyMatch(t -> t.contains("担当の山田です")));
			save(browser, "emulator-coordinator-reply.png");
		}
	}

	private static void say(ChromeDriver browser, String text) {
		browser.findElement(By.id("text")).sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

	private static void tap(ChromeDriver browser, int index) {
		await().atMost(WAIT).until(() -> quickReplies(browser).size() > index);
		quickReplies(browser).get(index).click();
	}

	private static int cards(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".flex-bubble")).size();
	}

	private static List<WebElement> quickReplies(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("#quick-replies .quick-reply"));
	}

	private static List<String> bot(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".msg.bot .bubble.text")).stream().map(WebElement::getText).toList();
	}

	private static String ticketNumber(ChromeDriver browser) {
		List<String> texts = bot(browser);
		Matcher matcher = Pattern.compile("受付番号は #(\\d+)").matcher(texts.isEmpty() ? "" : texts.get(texts.size() - 1));
		return matcher.find() ? matcher.group(1) : null;
	}

	private static void save(ChromeDriver browser, String name) throws IOException {
		Files.write(IMAGES.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
