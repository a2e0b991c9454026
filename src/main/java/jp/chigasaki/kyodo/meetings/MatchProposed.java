package jp.chigasaki.kyodo.meetings;

import java.time.Instant;

/**
 * Published (Spring application event) after a coordinator proposed a 事前打ち合わせ for a need and a group (the
 * match became a proposal). No text, no LINE id.
 */
public record MatchProposed(Instant at, long meetingId, long needId, long groupId) {
}
