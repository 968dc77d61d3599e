package org.serviceplan.notification;

/** What a notification is about; people choose per kind whether it also comes by e-mail. */
public enum NotificationKind {

	/** An approved or active plan was edited where it concerns the reader (seed 000). */
	PLAN_CHANGED,

	/** A checkpoint is 7 days away, or tomorrow: to the plan's lead and those who owe a report at it. */
	CHECKPOINT_SOON,

	/** A checkpoint passed and the report on a task is not filed: to the task's responsible. */
	REPORT_OWED,

	/** A task's due date passed and it is not done: to its responsible and the plan's lead. */
	TASK_OVERDUE
}
