package jp.chigasaki.kyodo.line;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * A recording double of our own {@link Dialogue} port, so that these tests pin down what the LINE layer and the
 * conversation owner (both real, with real tickets in Redis) do with whatever it answers. The real dialogue is
 * exercised in {@code EndToEndWebhookIntegrationTests}.
 */
@TestConfiguration(proxyBeanMethods = false)
class LineTestDoubles {

	@Bean
	@Primary
	RecordingDialogue recordingDialogue() {
		return new RecordingDialogue();
	}

	static Reply reply(Decision decision, String intent, ConversationState next, List<ReplyMessage> messages,
			List<QuickReply> quickReplies) {
		return new Reply(decision, intent, null, null, 0.9, messages, quickReplies, List.of(), next);
	}

	static Reply text(Decision decision, String text, ConversationState next) {
		return reply(decision, null, next, List.of(new ReplyMessage.Text(text)), List.of());
	}

	static final class RecordingDialogue implements Dialogue {

		final Queue<String> calls = new ConcurrentLinkedQueue<>();
		private volatile CountDownLatch hold = new CountDownLatch(0);
		/** Calls waiting in {@link #hold()} now. */
		final AtomicInteger held = new AtomicInteger();

		void reset() {
			calls.clear();
			hold.countDown();
			hold = new CountDownLatch(0);
		}

		/** Makes every call wait until {@link #release()}. */
		void hold() {
			hold = new CountDownLatch(1);
		}

		void release() {
			hold.countDown();
		}

		@Override
		public Reply answer(String text, Audience audience, ConversationState state) {
			await();
			calls.add("answer:" + text + ":" + audience.key() + ":misses=" + state.misses());
			if (text.contains("人と話したい")) {
				return new Reply(Decision.ESCALATE, Intent.TALK_TO_HUMAN, null, null, 0.9,
						List.of(new ReplyMessage.Text("おつなぎします")), List.of(), List.of(), ConversationState.NEW,
						Reply.Handoff.ASKED_FOR_HUMAN);
			}
			if (text.contains("弱い")) {
				return new Reply(Decision.ESCALATE, null, null, null, 0.1, List.of(new ReplyMessage.Text("おつなぎします")),
						List.of(), List.of(), ConversationState.NEW, Reply.Handoff.LOW_CONFIDENCE);
			}
			if (text.contains("わからない")) {
				ConversationState next = new ConversationState(List.of(), state.misses() + 1, null);
				if (next.misses() >= 2) {
					return new Reply(Decision.ESCALATE, null, null, null, 0.1, List.of(new ReplyMessage.Text("おつなぎします")),
							List.of(), List.of(), next, Reply.Handoff.REPEATED_MISSES);
				}
				return text(Decision.FALLBACK, "もう一度どうぞ", next);
			}
			if (text.contains("窓口")) {
				return reply(Decision.ANSWER, Intent.WHO_TO_CONSULT, ConversationState.NEW,
						List.of(new ReplyMessage.Text("こちらの窓口です"),
								new ReplyMessage.DepartmentCard("shimin-jichi", "市民自治推進課", "企画部",
										List.of("協働の相談", "市民活動"), "0467-82-1111（代表）", "本庁舎4階",
										"https://www.city.chigasaki.kanagawa.jp/", null)),
						List.of(QuickReply.message("メニュー", "メニュー")));
			}
			return reply(Decision.ANSWER, null, new ConversationState(List.of(), 0, "faq-1"),
					List.of(new ReplyMessage.Text("回答です")), List.of(QuickReply.message("メニュー", "メニュー"),
							QuickReply.postback("役に立った", "dlg:feedback=up&faq=faq-1")));
		}

		@Override
		public Reply postback(String data, Audience audience, ConversationState state) {
			await();
			calls.add("postback:" + data + ":" + audience.key());
			if (data.contains("explode")) {
				throw new IllegalStateException("a dialogue failure");
			}
			if (data.equals("dlg:none") || data.startsWith("dlg:human")) {
				Reply.Handoff why = data.equals("dlg:none") ? Reply.Handoff.NONE_MATCHED
						: data.equals("dlg:human=low") ? Reply.Handoff.LOW_CONFIDENCE : Reply.Handoff.ASKED_FOR_HUMAN;
				return new Reply(Decision.ESCALATE, null, null, null, 0.1, List.of(new ReplyMessage.Text("おつなぎします")),
						List.of(), List.of(), ConversationState.NEW, why);
			}
			return text(Decision.MENU, "メニューです", state);
		}

		@Override
		public Reply welcome(Audience audience) {
			calls.add("welcome:" + audience.key());
			return reply(Decision.GREETING, Intent.GREETING, ConversationState.NEW,
					List.of(new ReplyMessage.Text("ようこそ")), List.of(QuickReply.postback("メニュー", "dlg:menu")));
		}

		@Override
		public Reply joined(String prefix) {
			calls.add("joined:" + prefix);
			return text(Decision.GREETING, "「" + prefix + "」で呼んでください", ConversationState.NEW);
		}

		@Override
		public Reply nonText(Audience audience) {
			calls.add("nonText:" + audience.key());
			return text(Decision.MENU, "文字で送ってください", ConversationState.NEW);
		}

		private void await() {
			held.incrementAndGet();
			try {
				hold.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				held.decrementAndGet();
			}
		}
	}
}
