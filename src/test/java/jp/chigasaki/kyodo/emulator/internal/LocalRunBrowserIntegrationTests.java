package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * The whole product as the local run starts it, driven through two browser tabs: the emulator (a civic group member
 * in LINE) and the coordinator console. Every message is a signed webhook to the real {@code /callback}; every
 * answer comes back through the real LINE client to the stand-in. What the bot should say is asked of the real
 * {@link Dialogue}, so the test holds whatever the knowledge files say.
 */
@LocalRunTest
class LocalRunBrowserIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Pattern TICKET = Pattern.compile("#(\\d+)");
	private static final List<String> ANSWERED = List.of("会議室を借りたい", "サポセンで印刷はできますか", "げんき基金",
			"サポセンの会議室は予約できますか");
	private static final List<String> VAGUE = List.of("委託ってどういう意味？", "なんで協働が大事なの？", "さぽせん ろっかー",
			"げんき基金ってお金だけ？相談とかも乗ってもらえるの？", "市の職員さんと団体が顔を合わせられる場ってありますか", "協働とは",
			"団体の立ち上げ", "イベントの後援");

	private static HeadlessChromium chromium;
	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Dialogue dialogue;

	@BeforeAll
	static void startBrowser() {
		chromium = HeadlessChromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void askClarifyHandOverToACoordinatorAndBackToTheBot() {
		open("member");
		String emulator = browser.getWindowHandle();

		String question = firstWith(Decision.ANSWER, ConversationState.NEW, ANSWERED);
		Reply answer = dialogue.answer(question, Audience.MEMBER, ConversationState.NEW);
		say(question);
		awaitBotSaying(firstLine(answer), 1);

		String vague = firstWith(Decision.CLARIFY, answer.next(), VAGUE);
		Reply clarify = dialogue.answer(vague, Audience.MEMBER, answer.next());
		say(vague);
		QuickReply candidate = clarify.quickReplies().get(0);
		tapQuickReply(candidate.label());
		Reply chosen = dialogue.postback(candidate.postbackData(), Audience.MEMBER, clarify.next());
		awaitBotSaying(firstLine(chosen), 1);

		int botLines = botTexts().size();
		say("担当者と話したい");
		await().atMost(WAIT).until(() -> botTexts().size() > botLines && !quickReplies().isEmpty());
		tapQuickReply("すぐに担当者へ");
		String acknowledgement = await().atMost(WAIT)
			.until(() -> last(botTexts()), text -> text != null && TICKET.matcher(text).find());
		Matcher ticket = TICKET.matcher(acknowledgement);
		assertThat(ticket.find()).isTrue();

		browser.switchTo().newWindow(WindowType.TAB);
		signInToTheConsole("city", "city");
		browser.get(url("/console/tickets/" + ticket.group(1)));
		browser.findElement(By.id("claim")).click();
		String reply = "担当の山田です。会議室の件、確認してご連絡します。" + UUID.randomUUID().toString().substring(0, 6);
		await().atMost(WAIT).until(() -> !browser.findElements(By.id("reply-text")).isEmpty());
		browser.findElement(By.id("reply-text")).sendKeys(reply);
		browser.findElement(By.id("send-reply")).click();

		browser.switchTo().window(emulator);
		await().atMost(WAIT).untilAsserted(() -> assertThat(botTexts()).anyMatch(text -> text.contains(reply)));

		String console = browser.getWindowHandles().stream().filter(h -> !h.equals(emulator)).findFirst().orElseThrow();
		browser.switchTo().window(console);
		await().atMost(WAIT).until(() -> !browser.findElements(By.id("resolve")).isEmpty());
		browser.findElement(By.id("resolve")).click();
		await().atMost(WAIT).until(() -> browser.findElements(By.id("resolve")).isEmpty());

		browser.switchTo().window(emulator);
		say(question);
		awaitBotSaying(firstLine(answer), 2);
	}

	@Test
	void theRegisteredStaffMemberGetsTheStaffAnswer() {
		Reply forStaff = dialogue.answer("職員研修はありますか", Audience.STAFF, ConversationState.NEW);
		Reply forMember = dialogue.answer("職員研修はありますか", Audience.MEMBER, ConversationState.NEW);
		assertThat(forStaff.decision()).isEqualTo(Decision.ANSWER);
		assertThat(firstLine(forMember)).as("the question has a staff-only answer").isNotEqualTo(firstLine(forStaff));
		open("staff");

		say("職員研修はありますか");

		awaitBotSaying(firstLine(forStaff), 1);
	}

	@Test
	void inTheGroupTheBotAnswersOnlyWhenMentioned() {
		Reply answer = dialogue.answer("サポセンで印刷はできますか", Audience.MEMBER, ConversationState.NEW);
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		open("group");

		say("サポセンで印刷はできますか");
		browser.findElement(By.id("mention")).click();
		say("サポセンで印刷はできますか");

		// Events of one conversation are handled in order: when the mentioned one is answered, the first one was
		// handled too, silently.
		awaitBotSaying(firstLine(answer), 1);
		assertThat(browser.findElements(By.cssSelector(".msg.user"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(botTexts()).filteredOn(text -> text.contains(firstLine(answer))).hasSize(1);
	}

	@Test
	void aRedeliveredEventIsNotAnsweredTwice() {
		String question = firstWith(Audience.STAFF, Decision.ANSWER, ConversationState.NEW, ANSWERED);
		String answer = firstLine(dialogue.answer(question, Audience.STAFF, ConversationState.NEW));
		String followUp = firstLine(dialogue.answer("職員研修はありますか", Audience.STAFF, ConversationState.NEW));
		open("staff");
		long answers = count(answer);
		long followUps = count(followUp);

		say(question);
		awaitBotSaying(answer, answers + 1);
		browser.findElement(By.id("redeliver")).click();
		await().atMost(WAIT).until(() -> browser.findElements(By.cssSelector(".notice")).stream()
			.anyMatch(notice -> notice.getText().contains("再送しました")));
		say("職員研修はありますか");
		awaitBotSaying(followUp, followUps + 1);

		// Events of one conversation are handled in order: the redelivery was handled before the follow-up, silently.
		assertThat(count(answer)).isEqualTo(answers + 1);
	}

	/**
	 * The first question the real dialogue meets with {@code decision}: the test needs an answer and a clarify, not
	 * particular wording, so it keeps working as the knowledge and the engine are tuned.
	 */
	private String firstWith(Decision decision, ConversationState state, List<String> questions) {
		return firstWith(Audience.MEMBER, decision, state, questions);
	}

	private String firstWith(Audience audience, Decision decision, ConversationState state, List<String> questions) {
		return questions.stream()
			.filter(q -> dialogue.answer(q, audience, state).decision() == decision)
			.findFirst()
			.orElseThrow(() -> new AssertionError("none of " + questions + " gets " + decision));
	}

	private void say(String text) {
		WebElement input = browser.findElement(By.id("text"));
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

	private void tapQuickReply(String label) {
		await().atMost(WAIT).until(() -> quickReplies().stream().anyMatch(b -> b.getText().equals(label)));
		quickReplies().stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow().click();
	}

	/** Opens a chat and waits until its history is shown. */
	private void open(String chat) {
		browser.get(url("/emulator?chat=" + chat));
		await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#messages[data-shown='" + chat + "']"))
			.isEmpty());
	}

	private static long count(String text) {
		return botTexts().stream().filter(t -> t.contains(text)).count();
	}

	private void awaitBotSaying(String text, long times) {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(botTexts()).filteredOn(t -> t.contains(text)).hasSizeGreaterThanOrEqualTo((int) times));
	}

	private void signInToTheConsole(String user, String password) {
		browser.get(url("/console/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		await().atMost(WAIT).until(() -> !browser.getCurrentUrl().contains("/login"));
	}

	private static List<WebElement> quickReplies() {
		return browser.findElements(By.cssSelector("#quick-replies .quick-reply"));
	}

	private static List<String> botTexts() {
		return browser.findElements(By.cssSelector(".msg.bot .bubble.text")).stream().map(WebElement::getText).toList();
	}

	private static String firstLine(Reply reply) {
		return reply.messages().get(0).plainText().lines().findFirst().orElseThrow().strip();
	}

	private static <T> T last(List<T> list) {
		return list.isEmpty() ? null : list.get(list.size() - 1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
