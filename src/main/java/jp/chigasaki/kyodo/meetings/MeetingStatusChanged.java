package jp.chigasaki.kyodo.meetings;

import java.time.Instant;

/** Published (Spring application event) after a meeting's status changed and was stored. No text, no LINE id. */
public record MeetingStatusChanged(Instant at, long meetingId, Meeting.Status status) {
}
