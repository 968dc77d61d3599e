package org.serviceplan.plan;

/** A task's own status; "overdue" is not stored but derived from the due date (see {@code PlanTask#isOverdueOn}). */
public enum TaskStatus {
	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}
}
