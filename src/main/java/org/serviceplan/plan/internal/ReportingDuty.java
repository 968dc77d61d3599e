package org.serviceplan.plan.internal;

import java.time.LocalDate;
import java.util.List;

import org.serviceplan.plan.TaskStatus;

/**
 * Which tasks owe a report at a checkpoint: those started by its date that still run, or that ended since the
 * previous checkpoint (their final result is reported once). Cancelled tasks owe nothing.
 */
public final class ReportingDuty {

	private ReportingDuty() {
	}

	public static boolean expects(PlanTask task, LocalDate checkpointDate, LocalDate previousCheckpointDate) {
		if (task.status() == TaskStatus.CANCELLED || task.startDate().isAfter(checkpointDate)) {
			return false;
		}
		return task.status().isOpen() || previousCheckpointDate == null || task.dueDate().isAfter(previousCheckpointDate);
	}

	/** The tasks of the plan expected to report at the checkpoint, in the plan's order. */
	public static List<PlanTask> expectedAt(ServicePlan plan, Checkpoint checkpoint) {
		LocalDate previous = plan.checkpoints().stream()
			.map(Checkpoint::date)
			.filter(d -> d.isBefore(checkpoint.date()))
			.reduce((a, b) -> b)
			.orElse(null);
		return plan.tasks().stream().filter(t -> expects(t, checkpoint.date(), previous)).toList();
	}
}
