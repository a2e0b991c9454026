package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;

/** Where facts come from; url and date are null when the source has none. */
public record Source(String id, String title, String url, LocalDate date, Location location) {
}
