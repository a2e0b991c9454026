package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.List;

/** One form of working with the city (できることメニュー): what the city can and cannot do, and whom to ask. */
public record MenuItem(String id, String name, String summary, List<String> can, List<String> cannot,
		List<String> conditions, String departmentId, List<String> phrasings, List<String> sources,
		LocalDate reviewed, Location location) {
}
