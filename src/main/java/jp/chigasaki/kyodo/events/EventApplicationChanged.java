package jp.chigasaki.kyodo.events;

import java.time.Instant;

/**
 * Published (Spring application event) after an application to an event was stored or cancelled. No name, no LINE
 * id.
 */
public record EventApplicationChanged(Instant at, long eventId, Change change, Event.Role role) {

	public enum Change {
		APPLIED, CANCELLED
	}
}
