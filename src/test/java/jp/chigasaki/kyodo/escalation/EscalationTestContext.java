package jp.chigasaki.kyodo.escalation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.conversation.ConversationOwner;
import jp.chigasaki.kyodo.conversation.Inbound;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * One Spring context for every escalation and console integration test: the whole service on a random port, a real
 * redis-server (the app's local one, fresh data dir), a recording {@link ChatMessenger}, four console accounts
 * (password {@value #PASSWORD}) and a copy of the valid knowledge fixture that a test may break and restore.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kyodo.local-redis.data-dir=target/redis/escalation-${random.uuid}",
		"kyodo.line.channel-secret=test-channel-secret-0123456789ab", "kyodo.line.channel-token=test-token",
		"kyodo.line.api-base-url=http://127.0.0.1:9", "kyodo.escalation.coordinator-group-id=" + EscalationTestContext.GROUP,
		"kyodo.escalation.console-base-url=https://console.example.jp", "kyodo.escalation.retry-interval=PT1H",
		"kyodo.escalation.sla-check-interval=PT1H", "kyodo.escalation.events.claim-idle=PT1S", "kyodo.console.poll-interval=PT1S",
		"kyodo.console.accounts[0].username=city", "kyodo.console.accounts[0].role=CITY_COORDINATOR",
		"kyodo.console.accounts[0].password=" + EscalationTestContext.HASH,
		"kyodo.console.accounts[0].display-name=市の担当", "kyodo.console.accounts[0].line-user-id=" + EscalationTestContext.CITY_LINE_USER,
		"kyodo.console.accounts[1].username=city2", "kyodo.console.accounts[1].role=CITY_COORDINATOR",
		"kyodo.console.accounts[1].password=" + EscalationTestContext.HASH,
		"kyodo.console.accounts[2].username=center", "kyodo.console.accounts[2].role=CENTER_COORDINATOR",
		"kyodo.console.accounts[2].password=" + EscalationTestContext.HASH,
		"kyodo.console.accounts[3].username=admin", "kyodo.console.accounts[3].role=ADMIN",
		"kyodo.console.accounts[3].password=" + EscalationTestContext.HASH })
@AutoConfigureMockMvc
@Import(EscalationTestContext.Doubles.class)
public abstract class EscalationTestContext {

	public static final String GROUP = "Ccoordinators0000000000000000000";
	public static final String CITY_LINE_USER = "Ucitycoordinator0000000000000000";
	public static final String PASSWORD = "test-password";
	public static final String HASH = "{bcrypt}$2a$04$qKEffAbxWUPcN/sBGEHa5OdWBnOu2uH2Hzw8yDGZKScWU6vae.E.e";
	public static final Path KNOWLEDGE = copyKnowledge();

	@Autowired
	protected RecordingMessenger messenger;

	@Autowired
	protected ConversationOwner owner;

	@DynamicPropertySource
	static void knowledge(DynamicPropertyRegistry registry) {
		registry.add("kyodo.knowledge.faq-dir", () -> KNOWLEDGE.resolve("faq").toString());
		registry.add("kyodo.knowledge.intents-dir", () -> KNOWLEDGE.resolve("intents").toString());
	}

	/** A new one-to-one conversation (its own LINE user id). */
	protected static ChatRef newUser() {
		return ChatRef.user("U" + UUID.randomUUID().toString().replace("-", ""));
	}

	protected static ChatRef newGroup() {
		String suffix = UUID.randomUUID().toString().replace("-", "");
		return new ChatRef(ChatRef.Type.GROUP, "C" + suffix, "U" + suffix);
	}

	/** Opens a ticket the way a user does: 「担当者に相談」, then 「すぐに担当者へ」; returns its id. */
	protected long openTicket(ChatRef chat) {
		tap(chat, "dlg:human");
		return ticketNumber(tap(chat, "esc:skip"));
	}

	/** The member types {@code text} into the chat; what the bot answers (silent while a coordinator has it). */
	protected Reply say(ChatRef chat, String text) {
		return say(chat, text, "m-" + UUID.randomUUID());
	}

	protected Reply say(ChatRef chat, String text, String messageId) {
		return owner.handle(new Inbound(UUID.randomUUID().toString(), chat, Audience.MEMBER, Inbound.Kind.TEXT, text,
				null, messageId), () -> {
				}).reply();
	}

	/** The member taps a button with postback {@code data}. */
	protected Reply tap(ChatRef chat, String data) {
		return owner.handle(new Inbound(UUID.randomUUID().toString(), chat, Audience.MEMBER, Inbound.Kind.POSTBACK,
				null, data, null), () -> {
				}).reply();
	}

	protected static long ticketNumber(Reply acknowledgement) {
		return Long.parseLong(acknowledgement.text().replaceAll("(?s).*受付番号は #(\\d+) です.*", "$1"));
	}

	private static Path copyKnowledge() {
		Path target = Path.of("target/escalation-knowledge-" + UUID.randomUUID());
		copy(Path.of("src/test/resources/knowledge/valid/faq"), target.resolve("faq"));
		copy(Path.of("src/test/resources/knowledge/valid/intents"), target.resolve("intents"));
		return target.toAbsolutePath();
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path destination = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Doubles {

		@Bean
		@Primary
		RecordingMessenger recordingMessenger() {
			return new RecordingMessenger();
		}

		/** Another feature's guided conversation, as the initiatives would plug one in. */
		@Bean
		jp.chigasaki.kyodo.conversation.SampleFlow sampleFlow() {
			return new jp.chigasaki.kyodo.conversation.SampleFlow();
		}
	}
}
