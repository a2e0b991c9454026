package jp.chigasaki.kyodo.emulator.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import jp.chigasaki.kyodo.BrowserPrerequisites;

/**
 * Debian's {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}; see {@link BrowserPrerequisites}), headless, with a fresh
 * profile (deleted on close) and nothing that reaches the internet. A missing browser fails the test: a browser test
 * that skips proves nothing.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final String BROWSER = BrowserPrerequisites.BROWSER;
	static final String DRIVER = BrowserPrerequisites.DRIVER;

	private final Path profile;
	private final ChromeDriver driver;

	private HeadlessChromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	static HeadlessChromium start() {
		return start(1280, 900);
	}

	/** A browser whose page is {@code width} × {@code height} CSS pixels (390 wide is a phone). */
	public static HeadlessChromium start(int width, int height) {
		BrowserPrerequisites.require();
		Path profile = freshProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=ja-JP",
				"--hide-scrollbars");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(profile, new ChromeDriver(service, options));
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path freshProfile() {
		try {
			return Files.createTempDirectory("kyodo-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
