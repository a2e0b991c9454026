package jp.chigasaki.kyodo.line;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.HumanHandoff;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Recording doubles of our own {@link Dialogue} and {@link HumanHandoff} ports, so that these tests pin down what the
 * LINE layer does with whatever they answer. The real implementations are exercised in
 * {@code RealDialogueWebhookIntegrationTests}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(LineTestDoubles.HandoffDouble.class)
class LineTestDoubles {

	@Bean
	@Primary
	RecordingDialogue recordingDialogue() {
		return new RecordingDialogue();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HandoffDouble {

		@Bean
		@Primary
		RecordingHandoff recordingHandoff() {
			return new RecordingHandoff();
		}
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
				return reply(Decision.ESCALATE, Intent.TALK_TO_HUMAN, ConversationState.NEW,
						List.of(new ReplyMessage.Text("おつなぎします")), List.of());
			}
			if (text.contains("弱い")) {
				return new Reply(Decision.ESCALATE, null, null, null, 0.1, List.of(new ReplyMessage.Text("おつなぎします")),
						List.of(), List.of(), ConversationState.NEW, Reply.Handoff.LOW_CONFIDENCE);
			}
			if (text.contains("わからない")) {
				ConversationState next = new ConversationState(List.of(), state.misses() + 1, null);
				return text(next.misses() >= 2 ? Decision.ESCALATE : Decision.FALLBACK, "もう一度どうぞ", next);
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
				return text(Decision.ESCALATE, "おつなぎします", ConversationState.NEW);
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
			try {
				hold.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static final class RecordingHandoff implements HumanHandoff {

		final Queue<String> calls = new ConcurrentLinkedQueue<>();
		final Queue<Turn> turns = new ConcurrentLinkedQueue<>();
		/** Chat ids a coordinator owns: their text is consumed silently. */
		final Set<String> humanMode = ConcurrentHashMap.newKeySet();

		void reset() {
			calls.clear();
			turns.clear();
			humanMode.clear();
		}

		@Override
		public Optional<Reply> interceptText(ChatRef chat, String text, String messageId) {
			if (humanMode.contains(chat.chatId())) {
				calls.add("intercepted:" + text);
				return Optional.of(reply(Decision.ESCALATE, null, ConversationState.NEW, List.of(), List.of()));
			}
			return Optional.empty();
		}

		@Override
		public Optional<Reply> interceptPostback(ChatRef chat, String data) {
			calls.add("postback:" + data);
			return Optional.of(text(Decision.ESCALATE, "担当者が対応します", ConversationState.NEW));
		}

		@Override
		public Reply escalate(ChatRef chat, EscalationTrigger trigger) {
			calls.add("escalate:" + chat.type() + ":" + trigger);
			return text(Decision.ESCALATE, "担当者におつなぎします", ConversationState.NEW);
		}

		@Override
		public void recordTurn(ChatRef chat, Turn turn) {
			turns.add(turn);
		}

		@Override
		public void forget(ChatRef chat) {
			calls.add("forget:" + chat.type());
		}

		@Override
		public void forgetMessage(ChatRef chat, String messageId) {
			calls.add("forgetMessage:" + chat.type() + ":" + messageId);
		}
	}
}
