package jp.chigasaki.kyodo.escalation;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * A {@link ChatMessenger} that records every push instead of calling LINE (the HTTP side, retries on 500 included,
 * is tested by the LINE layer). {@link #failNext(int)} makes the next pushes fail as LINE's would after its retries.
 */
public class RecordingMessenger implements ChatMessenger {

	public record Push(ChatRef to, Reply reply, String retryKey, boolean accepted) {
	}

	private final ConcurrentLinkedQueue<Push> pushes = new ConcurrentLinkedQueue<>();
	private final AtomicInteger failures = new AtomicInteger();

	@Override
	public void push(ChatRef to, Reply reply, String retryKey) {
		boolean fail = failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
		pushes.add(new Push(to, reply, retryKey, !fail));
		if (fail) {
			throw new DeliveryException("LINE answered 500", null);
		}
	}

	/** What the member saw, as LINE shows it: an accepted push once per retry key, in order. */
	public List<Reply> shownTo(String chatId) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return pushes.stream()
			.filter(push -> push.to().chatId().equals(chatId) && push.accepted() && seen.add(push.retryKey()))
			.map(Push::reply)
			.toList();
	}

	public void failNext(int count) {
		failures.set(count);
	}

	public List<Push> pushesTo(String chatId) {
		return pushes.stream().filter(push -> push.to().chatId().equals(chatId)).toList();
	}
}
