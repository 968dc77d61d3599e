package org.serviceplan.feedback.internal.target;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, UUID> {

	List<Target> findAllByOrderByDueDateAsc();
}
