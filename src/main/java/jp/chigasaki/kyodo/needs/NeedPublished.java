package jp.chigasaki.kyodo.needs;

import java.time.Instant;

import jp.chigasaki.kyodo.groups.Field;

/** Published (Spring application event) once when a coordinator publishes a need. No text, no LINE id. */
public record NeedPublished(Instant at, long needId, Field field) {
}
