package jp.chigasaki.kyodo.initiatives;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.conversation.GuidedFlow;
import jp.chigasaki.kyodo.conversation.Inbound;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.meetings.Meetings;
import jp.chigasaki.kyodo.needs.Needs;

/**
 * Plugs the initiatives' flows into the conversation owner: each becomes a {@link GuidedFlow} bean, so it is a mode
 * of the conversation's one record. A trial switched off starts nothing (its old buttons are answered politely by
 * the owner).
 */
@Configuration(proxyBeanMethods = false)
class LineFlows {

	/** The intake topic of 市の事業・部署との連携 (queue CITY: 市民自治推進課 協働推進担当). */
	static final String MATCHING_TOPIC = "city";
	static final String MATCHING_KIND = "マッチング";

	@Bean
	GuidedFlow groupRegistrationFlow(Groups groups) {
		return new Adapter(new GroupFlow(groups));
	}

	@Bean
	GuidedFlow needFlow(Needs needs, Groups groups, Handovers handovers) {
		return new Adapter(new NeedFlow(needs, groups, (turn, need, group) -> handovers
			.open(new Handovers.Request(turn.chat(), EscalationTrigger.ASKED_FOR_HUMAN, MATCHING_TOPIC,
					"協働の種 #" + need.id() + "「" + need.draft().title() + "」（" + need.draft().department() + "）に関心あり",
					group.name(), MATCHING_KIND, List.of(), turn.eventKey()))
			.ticketId()));
	}

	@Bean
	GuidedFlow meetingAnswerFlow(Meetings meetings, Groups groups, Needs needs) {
		return new Adapter(new MeetingFlow(meetings, groups, needs));
	}

	@Bean
	GuidedFlow eventFlow(Events events, Groups groups) {
		return new Adapter(new EventFlow(events, groups));
	}

	@Bean
	GuidedFlow subscriptionFlow(Announcements announcements) {
		return new Adapter(new SubscriptionFlow(announcements));
	}

	/** One initiative's flow as the owner's extension point: only text and postback turns, only while switched on. */
	static final class Adapter implements GuidedFlow {

		private final Flow flow;

		Adapter(Flow flow) {
			this.flow = flow;
		}

		@Override
		public String name() {
			return flow.name();
		}

		@Override
		public String postbackPrefix() {
			return flow.prefix();
		}

		@Override
		public boolean starts(Inbound turn) {
			return flow.enabled() && turn(turn) != null && flow.starts(turn(turn));
		}

		@Override
		public Step step(Inbound turn, String state) {
			Turn mine = turn(turn);
			if (mine == null) {
				var ask = jp.chigasaki.kyodo.initiatives.Step.reply(List.of("文字かボタンでお答えください。"), List.of());
				return state == null ? Step.done(ask) : Step.next(ask, state);
			}
			jp.chigasaki.kyodo.initiatives.Step step = flow.step(mine, state);
			return step.finished() ? Step.done(step.reply()) : Step.next(step.reply(), step.state());
		}

		static Turn turn(Inbound in) {
			if (in.kind() != Inbound.Kind.TEXT && in.kind() != Inbound.Kind.POSTBACK) {
				return null;
			}
			String user = in.chat().userId();
			if (user == null) {
				return null;
			}
			return new Turn(user, in.audience() == Audience.STAFF, in.groupChat() ? in.chat().chatId() : null,
					in.kind() == Inbound.Kind.TEXT ? in.text() : null,
					in.kind() == Inbound.Kind.POSTBACK ? in.data() : null, in.eventKey());
		}
	}
}
