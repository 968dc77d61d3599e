package org.serviceplan.workspace.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, UUID> {

	List<Department> findAllByOrderByName();

	boolean existsByParentId(UUID parentId);
}
