package jp.chigasaki.kyodo.needs;

import java.util.List;

import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;

/**
 * Match suggestions both ways: for a need, the registered groups; for a group, the published needs. Computed on
 * request from the stored profiles (nothing to keep in sync), with the FAQ's analysis (see {@link MatchScorer}).
 */
public class Matches {

	private final Needs needs;
	private final Groups groups;
	private final MatchScorer scorer;
	private final NeedsProperties properties;

	Matches(Needs needs, Groups groups, MatchScorer scorer, NeedsProperties properties) {
		this.needs = needs;
		this.groups = groups;
		this.scorer = scorer;
		this.properties = properties;
	}

	/** One suggestion: the API's {@code {needId, groupId, score, reasons}}. */
	public record Match(long needId, long groupId, double score, List<String> reasons) {
	}

	/** Groups for a need, best first. */
	public List<Match> forNeed(long needId) {
		Need need = needs.get(needId);
		MatchScorer.Side probe = new MatchScorer.Side(need.id(), need.draft().text(), need.draft().field(),
				need.draft().area());
		List<MatchScorer.Side> candidates = groups.all().stream().map(Matches::side).toList();
		return keep(scorer.score(probe, candidates).stream()
			.map(s -> new Match(needId, s.id(), s.score(), s.reasons()))
			.toList());
	}

	/** Published needs for a group, best first. */
	public List<Match> forGroup(long groupId) {
		MatchScorer.Side probe = side(groups.get(groupId));
		List<MatchScorer.Side> candidates = needs.published(null)
			.stream()
			.map(need -> new MatchScorer.Side(need.id(), need.draft().text(), need.draft().field(),
					need.draft().area()))
			.toList();
		return keep(scorer.score(probe, candidates).stream()
			.map(s -> new Match(s.id(), groupId, s.score(), s.reasons()))
			.toList());
	}

	private List<Match> keep(List<Match> matches) {
		return matches.stream()
			.filter(match -> match.score() >= properties.minScore())
			.limit(properties.maxSuggestions())
			.toList();
	}

	private static MatchScorer.Side side(Group group) {
		return new MatchScorer.Side(group.id(), group.profile().text(), group.field(), group.area());
	}
}
