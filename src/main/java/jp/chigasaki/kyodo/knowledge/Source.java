package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * Where facts come from; url and date are null when the source has none.
 *
 * @param facts the contact details the source states word for word (phone numbers, web addresses, floors), which
 * {@code validate} accepts in an answer citing the source; the source's own url counts too
 */
public record Source(String id, String title, String url, LocalDate date, List<String> facts, Location location) {

	/** A source that states no contact details. */
	public Source(String id, String title, String url, LocalDate date, Location location) {
		this(id, title, url, date, List.of(), location);
	}

	/** Whether the source states this contact detail (its own url included). */
	public boolean backs(String detail) {
		return detail.equals(url) || facts.contains(detail);
	}
}
