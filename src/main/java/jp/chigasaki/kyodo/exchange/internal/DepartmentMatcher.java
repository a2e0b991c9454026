package jp.chigasaki.kyodo.exchange.internal;

import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.knowledge.Department;

/**
 * Finds the directory's department for the name a city table gives: the same name (full-width and half-width
 * letters, spaces and brackets aside), the id, or the one department whose name contains it or is contained in it.
 * Anything else is not guessed: the caller names the switchboard and tells the editor.
 */
public final class DepartmentMatcher {

	private final List<Department> departments;

	public DepartmentMatcher(List<Department> departments) {
		this.departments = departments;
	}

	/** One department's id, or empty when the name matches none or several. */
	public Optional<String> match(String name) {
		String wanted = key(name);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (Department department : departments) {
			if (key(department.name()).equals(wanted) || department.id().equals(name.strip())) {
				return Optional.of(department.id());
			}
		}
		List<Department> near = departments.stream().filter(d -> {
			String key = key(d.name());
			return key.contains(wanted) || wanted.contains(key);
		}).toList();
		return near.size() == 1 ? Optional.of(near.get(0).id()) : Optional.empty();
	}

	/** The names of the departments a name could mean, for the message when it is ambiguous. */
	public List<String> candidates(String name) {
		String wanted = key(name);
		return departments.stream().filter(d -> !wanted.isEmpty() && key(d.name()).contains(wanted)).map(Department::name).toList();
	}

	static String key(String name) {
		return TableReader.normalize(name == null ? "" : name).replaceAll("[\\s()（）・]", "");
	}
}
