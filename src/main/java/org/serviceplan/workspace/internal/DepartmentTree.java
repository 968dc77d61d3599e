package org.serviceplan.workspace.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.shared.BusinessRuleViolation;

/** The departments of a workspace as a tree, and the rule that a department never sits inside itself. */
public final class DepartmentTree {

	private final Map<UUID, Department> byId = new HashMap<>();
	private final Map<UUID, List<Department>> children = new HashMap<>();

	public DepartmentTree(Collection<Department> departments) {
		departments.forEach(d -> byId.put(d.id(), d));
		for (Department d : departments) {
			UUID parent = d.parentId() != null && byId.containsKey(d.parentId()) ? d.parentId() : null;
			children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
		}
		children.values().forEach(list -> list.sort(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)));
	}

	/** Every department, parents before their children, with its depth: the order a tree view shows. */
	public List<Node> nodes() {
		List<Node> out = new ArrayList<>();
		walk(null, 0, out);
		return out;
	}

	private void walk(UUID parent, int depth, List<Node> out) {
		for (Department d : children.getOrDefault(parent, List.of())) {
			out.add(new Node(d, depth, !children.getOrDefault(d.id(), List.of()).isEmpty()));
			walk(d.id(), depth + 1, out);
		}
	}

	/** The department and every department inside it, at any depth: what "people of this department" covers. */
	public Set<UUID> subtree(UUID departmentId) {
		Set<UUID> out = new HashSet<>();
		if (byId.containsKey(departmentId)) {
			collect(departmentId, out);
		}
		return out;
	}

	private void collect(UUID departmentId, Set<UUID> out) {
		out.add(departmentId);
		children.getOrDefault(departmentId, List.of()).forEach(child -> collect(child.id(), out));
	}

	/** Refuses a parent that is the department itself or one of its descendants. */
	void checkParent(UUID departmentId, UUID newParentId) {
		for (UUID at = newParentId; at != null; at = byId.containsKey(at) ? byId.get(at).parentId() : null) {
			if (Objects.equals(at, departmentId)) {
				throw new BusinessRuleViolation("parentId", "department.parent.cycle");
			}
		}
	}

	/** The path from the root, "Medical block / Dentistry". */
	public String path(UUID departmentId) {
		List<String> names = new ArrayList<>();
		for (UUID at = departmentId; at != null && byId.containsKey(at); at = byId.get(at).parentId()) {
			names.add(0, byId.get(at).name());
		}
		return String.join(" / ", names);
	}

	public record Node(Department department, int depth, boolean hasChildren) {
	}
}
