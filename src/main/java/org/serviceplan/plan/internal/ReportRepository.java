package org.serviceplan.plan.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<CheckpointReport, UUID> {

	List<CheckpointReport> findByPlanIdOrderByFiledAt(UUID planId);

	Optional<CheckpointReport> findByCheckpointIdAndTaskId(UUID checkpointId, UUID taskId);

	List<CheckpointReport> findByCheckpointIdOrderByFiledAt(UUID checkpointId);

	boolean existsByCheckpointId(UUID checkpointId);
}
