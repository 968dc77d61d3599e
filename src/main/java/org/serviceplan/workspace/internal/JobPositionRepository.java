package org.serviceplan.workspace.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobPositionRepository extends JpaRepository<JobPosition, UUID> {

	List<JobPosition> findAllByOrderByName();

	Optional<JobPosition> findByNameIgnoreCase(String name);
}
