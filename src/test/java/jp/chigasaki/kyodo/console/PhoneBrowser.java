package jp.chigasaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/** What the console's browser tests check on every page: it fits the width, text is readable, and sign-in. */
final class PhoneBrowser {

	private PhoneBrowser() {
	}

	static void signIn(ChromeDriver browser, String base) {
		browser.get(base + "/console/login");
		browser.findElement(By.id("username")).sendKeys("city");
		browser.findElement(By.id("password")).sendKeys(EscalationTestContext.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> browser.getCurrentUrl().contains("/console/queue"));
	}

	/** The page is no wider than the window: nothing to scroll sideways. */
	static void assertFitsTheWidth(ChromeDriver browser) {
		Long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
		Long window = (Long) browser.executeScript("return window.innerWidth;");
		assertThat(page).as("page width at " + browser.getCurrentUrl()).isLessThanOrEqualTo(window);
	}

	/** Inside the visible part of the window right now, without scrolling. */
	static void assertInView(ChromeDriver browser, WebElement element) {
		@SuppressWarnings("unchecked")
		List<Number> box = (List<Number>) browser.executeScript(
				"var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];", element);
		assertThat(box.get(0).doubleValue()).as("top").isGreaterThanOrEqualTo(0);
		assertThat(box.get(1).doubleValue()).as("bottom").isLessThanOrEqualTo(box.get(2).doubleValue());
	}

	/** WCAG contrast ratio of the element's text colour on its background colour. */
	static double contrast(WebElement element) {
		return ratio(luminance(element.getCssValue("color")), luminance(element.getCssValue("background-color")));
	}

	private static double ratio(double a, double b) {
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String css) {
		Matcher m = Pattern.compile("(\\d+), (\\d+), (\\d+)").matcher(css);
		assertThat(m.find()).as("a colour: " + css).isTrue();
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(m.group(i + 1)) / 255.0;
			c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	/** The fixture week moved so that its last day is {@code daysAgo} days before today (JST). */
	static Duration shiftTo(LocalDate today, int daysAgo) {
		return Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2030, 4, 7), today.minusDays(daysAgo)));
	}
}
