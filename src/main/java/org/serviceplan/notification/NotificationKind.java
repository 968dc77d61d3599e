package org.serviceplan.notification;

/** What a notification is about; people choose per kind whether it also comes by e-mail. */
public enum NotificationKind {

	/** An approved or active plan was edited where it concerns the reader (seed 000). */
	PLAN_CHANGED
}
