package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A department (課・担当) or an outside contact such as the support center. Optional fields are null when unknown.
 *
 * @param note shown to users in the department card: only what helps them reach or choose the department
 * @param editorNote for editors only (what is unconfirmed, what may be out of date); never shown to users
 */
public record Department(String id, String name, String parent, List<String> handles, List<String> keywords,
		String phone, String floor, String web, String note, String editorNote, List<String> sources,
		LocalDate reviewed, Location location) {

	/** A department without an editor note. */
	public Department(String id, String name, String parent, List<String> handles, List<String> keywords,
			String phone, String floor, String web, String note, List<String> sources, LocalDate reviewed,
			Location location) {
		this(id, name, parent, handles, keywords, phone, floor, web, note, null, sources, reviewed, location);
	}
}
