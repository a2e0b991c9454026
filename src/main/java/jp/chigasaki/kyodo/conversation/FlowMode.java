package jp.chigasaki.kyodo.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * The guided flows of other features ({@link GuidedFlow} beans): starts one when it accepts a turn, passes it every
 * turn while it runs, ends it on its own 「done」, on 「やめる」/「キャンセル」, or when it was left alone too long.
 */
final class FlowMode {

	private static final Logger log = LoggerFactory.getLogger(FlowMode.class);

	private static final Set<String> CANCEL = Set.of("やめる", "キャンセル", "中止");
	private static final Set<String> RESERVED = Set.of(BotMode.DIALOGUE_PREFIX, Intake.PREFIX);

	private final List<GuidedFlow> flows;
	private final ConversationProperties properties;

	FlowMode(List<GuidedFlow> flows, ConversationProperties properties) {
		for (GuidedFlow flow : flows) {
			if (!flow.name().matches("[a-z0-9-]+") || RESERVED.stream().anyMatch(flow.postbackPrefix()::startsWith)) {
				throw new IllegalStateException("guided flow " + flow.name() + ": name must be [a-z0-9-]+ and its "
						+ "prefix must not be dlg: or esc:");
			}
		}
		this.flows = List.copyOf(flows);
		this.properties = properties;
	}

	/** The flow this bot-mode turn starts, if any. */
	Optional<GuidedFlow> starting(Exchange turn) {
		return flows.stream().filter(flow -> flow.starts(turn.in())).findFirst();
	}

	/** Whether the postback belongs to a flow (that is not running: its button is old). */
	boolean ownsPostback(String data) {
		return flows.stream().anyMatch(flow -> data.startsWith(flow.postbackPrefix()));
	}

	Exchange.Outcome start(Exchange turn, GuidedFlow flow) {
		log.info("Guided flow {} started", flow.name());
		return step(turn, flow, null);
	}

	/** @return empty when the running flow is gone or timed out: the turn then goes to the bot */
	Optional<Exchange.Outcome> running(Exchange turn) {
		ConversationRecord record = turn.record();
		Optional<GuidedFlow> flow = flows.stream().filter(f -> f.name().equals(record.flow())).findFirst();
		if (flow.isEmpty() || record.idleFor(properties.flowTimeout(), turn.now())) {
			return Optional.empty();
		}
		if (turn.in().kind() == Inbound.Kind.TEXT && CANCEL.contains(turn.in().text().strip())) {
			return Optional.of(new Exchange.Outcome(record.backToBot(turn.now()),
					Replies.text("手続きを中止しました。ほかにご質問があれば、どうぞ。")));
		}
		return Optional.of(step(turn, flow.get(), record.flowState()));
	}

	static Reply stale() {
		return Replies.text("申し訳ありません。このボタンの手続きはすでに終わっているため、使えません。");
	}

	private Exchange.Outcome step(Exchange turn, GuidedFlow flow, String state) {
		GuidedFlow.Step step = flow.step(turn.in(), state);
		ConversationRecord next = step.finished() ? turn.record().backToBot(turn.now())
				: turn.record().flow(flow.name(), step.state(), turn.now());
		return new Exchange.Outcome(next, step.reply());
	}
}
