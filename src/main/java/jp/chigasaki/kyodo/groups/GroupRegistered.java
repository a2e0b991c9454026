package jp.chigasaki.kyodo.groups;

import java.time.Instant;

/**
 * Published (Spring application event) after a new group was stored with its consent. Carries no name, text or
 * LINE id: the insights count it.
 */
public record GroupRegistered(Instant at, long groupId, Field field) {
}
