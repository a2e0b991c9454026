package jp.chigasaki.kyodo.line;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jp.chigasaki.kyodo.escalation.ChatRef;

/**
 * LINE's loading animation, only for answers that are slow in coming: a turn still running
 * {@code workers.loading-after} after its dialogue began gets it (one-to-one chats; LINE has none in groups). The
 * usual answer comes well before, so it costs no Messaging API call and the member sees the answer, not a flicker.
 */
final class LoadingIndicator implements AutoCloseable {

	private final LineMessenger messenger;
	private final Duration after;
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "line-loading");
		thread.setDaemon(true);
		return thread;
	});

	LoadingIndicator(LineMessenger messenger, Duration after) {
		this.messenger = messenger;
		this.after = after;
	}

	/** Marks one turn: {@link #thinking} when its dialogue begins, {@link #answered} when it has an answer. */
	Turn turn(ChatRef chat) {
		return new Turn(chat);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

	final class Turn {

		private final ChatRef chat;
		private volatile ScheduledFuture<?> pending;

		private Turn(ChatRef chat) {
			this.chat = chat;
		}

		void thinking() {
			if (!chat.oneToOne()) {
				return;
			}
			if (after.isZero()) {
				messenger.showLoading(chat);
			}
			else {
				pending = timer.schedule(() -> messenger.showLoading(chat), after.toNanos(), TimeUnit.NANOSECONDS);
			}
		}

		void answered() {
			ScheduledFuture<?> scheduled = pending;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}
	}
}
