package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;

/** A department (課・担当) or an outside contact such as the support center. Optional fields are null when unknown. */
public record Department(String id, String name, String parent, List<String> handles, List<String> keywords,
		String phone, String floor, String web, String note, List<String> sources, LocalDate reviewed,
		Location location) {
}
