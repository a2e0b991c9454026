package jp.chigasaki.kyodo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the browser tests need from the machine: Debian's Chromium, its driver and a Japanese font (without one every
 * screenshot shows tofu). Checked once per test run; every browser test fails with the same single install hint, and
 * {@link BrowserPrerequisitesListener} prints it when the run starts. A missing browser fails, never skips.
 */
public final class BrowserPrerequisites {

	public static final String BROWSER = "/usr/bin/chromium";
	public static final String DRIVER = "/usr/bin/chromedriver";
	static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";

	private static final Optional<String> PROBLEM = check();

	private BrowserPrerequisites() {
	}

	/** Fails the calling test with the one install hint when anything is missing. */
	public static void require() {
		PROBLEM.ifPresent(problem -> {
			throw new AssertionError(problem);
		});
	}

	static Optional<String> problem() {
		return PROBLEM;
	}

	private static Optional<String> check() {
		List<String> missing = new ArrayList<>();
		if (!new File(BROWSER).canExecute()) {
			missing.add("Chromium (" + BROWSER + ")");
		}
		if (!new File(DRIVER).canExecute()) {
			missing.add("its driver (" + DRIVER + ")");
		}
		if (!japaneseFont()) {
			missing.add("a Japanese font (fc-list :lang=ja lists none)");
		}
		return missing.isEmpty() ? Optional.empty()
				: Optional.of("The browser tests need " + String.join(", ", missing) + ". Install them with: " + INSTALL);
	}

	private static boolean japaneseFont() {
		try {
			Process fcList = new ProcessBuilder("fc-list", ":lang=ja", "family").redirectErrorStream(true).start();
			String fonts = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return fcList.waitFor(10, TimeUnit.SECONDS) && fcList.exitValue() == 0 && !fonts.isBlank();
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
