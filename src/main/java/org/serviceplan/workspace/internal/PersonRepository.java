package org.serviceplan.workspace.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.workspace.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

	List<Person> findAllByOrderByName();

	List<Person> findByAccountId(UUID accountId);

	Optional<Person> findByEmail(String email);

	long countByRole(Role role);

	boolean existsByDepartmentId(UUID departmentId);

	boolean existsByPositionId(UUID positionId);
}
