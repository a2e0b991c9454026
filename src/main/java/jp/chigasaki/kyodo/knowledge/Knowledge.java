package jp.chigasaki.kyodo.knowledge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge the running service answers from. Start-up fails when the files are invalid; a reload with invalid
 * files is refused and the service keeps answering from the snapshot it has.
 */
public class Knowledge {

	private static final Logger log = LoggerFactory.getLogger(Knowledge.class);

	private final KnowledgeProperties properties;
	private final List<Consumer<KnowledgeBase>> listeners = new CopyOnWriteArrayList<>();
	private volatile KnowledgeBase current;

	public Knowledge(KnowledgeProperties properties) {
		this.properties = properties;
		this.current = KnowledgeBase.load(properties.faqDir(), properties.intentsDir());
		log.info("Knowledge loaded: {}", current.summary());
	}

	public KnowledgeBase current() {
		return current;
	}

	/**
	 * Reads the files again. Listeners (the matching index) build from the new snapshot before it becomes current.
	 * @throws KnowledgeException when the files are invalid; nothing changes then
	 */
	public synchronized KnowledgeBase reload() {
		KnowledgeBase next = KnowledgeBase.load(properties.faqDir(), properties.intentsDir());
		listeners.forEach(listener -> listener.accept(next));
		current = next;
		log.info("Knowledge reloaded: {}", next.summary());
		return next;
	}

	/** The current snapshot's stale items on this day, with the configured review period (see {@link Freshness}). */
	public List<KnowledgeProblem> stale(java.time.LocalDate today) {
		return Freshness.warnings(current, today, properties.reviewDays());
	}

	public int reviewDays() {
		return properties.reviewDays();
	}

	/** Called with every new snapshot after start-up. */
	public void onReload(Consumer<KnowledgeBase> listener) {
		listeners.add(listener);
	}
}
