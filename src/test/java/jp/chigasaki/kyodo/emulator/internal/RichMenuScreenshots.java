package jp.chigasaki.kyodo.emulator.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the suite (the name does not end in {@code Tests}): takes the README's rich menu screenshots from the
 * running product into {@code docs/images/}. Regenerate with {@code ./mvnw test -Dtest=RichMenuScreenshots}.
 */
@LocalRunTest
class RichMenuScreenshots {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Path IMAGES = Path.of("docs/images");

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() throws IOException {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			ChromeDriver browser = chromium.driver();
			browser.manage().window().setSize(new Dimension(1280, 1100));
			Files.createDirectories(IMAGES);
			open(browser, "member", "member");
			browser.findElement(By.cssSelector(".richmenu-area[aria-label='市とできること']")).click();
			await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector(".flex-carousel")).isEmpty());
			Files.write(IMAGES.resolve("emulator-richmenu.png"), browser.getScreenshotAs(OutputType.BYTES));
			open(browser, "staff", "staff");
			Files.write(IMAGES.resolve("emulator-richmenu-staff.png"), browser.getScreenshotAs(OutputType.BYTES));
		}
	}

	private void open(ChromeDriver browser, String chat, String menu) {
		browser.get("http://localhost:" + port + "/emulator?chat=" + chat);
		await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#richmenu[data-menu='" + menu + "']"))
			.isEmpty() && (Boolean) browser.executeScript(
					"return document.getElementById('richmenu-image').naturalWidth > 0"));
	}
}
