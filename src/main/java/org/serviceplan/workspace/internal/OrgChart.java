package org.serviceplan.workspace.internal;

import java.util.List;
import java.util.UUID;

import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and positions of the current workspace. */
@Service
@Transactional
public class OrgChart {

	private final DepartmentRepository departments;
	private final JobPositionRepository positions;
	private final PersonRepository people;

	OrgChart(DepartmentRepository departments, JobPositionRepository positions, PersonRepository people) {
		this.departments = departments;
		this.positions = positions;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public DepartmentTree tree() {
		return new DepartmentTree(departments.findAll());
	}

	@Transactional(readOnly = true)
	public Department department(UUID id) {
		return departments.findById(id).orElseThrow(() -> new RecordNotFound("department", id));
	}

	public Department addDepartment(String name, UUID parentId) {
		if (parentId != null) {
			existingParent(parentId);
		}
		return departments.save(new Department(name, parentId));
	}

	public Department changeDepartment(UUID id, String name, UUID parentId, Long expectedVersion) {
		Department department = department(id);
		department.rename(name, expectedVersion);
		if (parentId != null) {
			existingParent(parentId);
		}
		tree().checkParent(id, parentId);
		department.moveUnder(parentId);
		return department;
	}

	/** Only an empty department goes: its sub-departments and people would otherwise lose their place. */
	public void removeDepartment(UUID id) {
		Department department = department(id);
		if (departments.existsByParentId(id)) {
			throw new BusinessRuleViolation(null, "department.delete.hasChildren", department.name());
		}
		if (people.existsByDepartmentId(id)) {
			throw new BusinessRuleViolation(null, "department.delete.hasPeople", department.name());
		}
		departments.delete(department);
	}

	@Transactional(readOnly = true)
	public List<JobPosition> positions() {
		return positions.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public JobPosition position(UUID id) {
		return positions.findById(id).orElseThrow(() -> new RecordNotFound("position", id));
	}

	public JobPosition addPosition(String name) {
		JobPosition position = new JobPosition(name);
		if (positions.findByNameIgnoreCase(position.name()).isPresent()) {
			throw new BusinessRuleViolation("name", "position.duplicate", position.name());
		}
		return positions.save(position);
	}

	/** The position with this name, created if the workspace has none yet (inviting by job title). */
	public JobPosition positionNamed(String name) {
		return positions.findByNameIgnoreCase(name.strip()).orElseGet(() -> addPosition(name));
	}

	public JobPosition renamePosition(UUID id, String name, Long expectedVersion) {
		JobPosition position = position(id);
		positions.findByNameIgnoreCase(name == null ? "" : name.strip())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw new BusinessRuleViolation("name", "position.duplicate", other.name());
			});
		position.rename(name, expectedVersion);
		return position;
	}

	public void removePosition(UUID id) {
		JobPosition position = position(id);
		if (people.existsByPositionId(id)) {
			throw new BusinessRuleViolation(null, "position.delete.hasPeople", position.name());
		}
		positions.delete(position);
	}

	private void existingParent(UUID parentId) {
		if (!departments.existsById(parentId)) {
			throw new BusinessRuleViolation("parentId", "department.parent.unknown");
		}
	}
}
