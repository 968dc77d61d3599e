package org.serviceplan.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reminders sent ({@code reminder_sent}). A reminder is written here before its notification, in the
 * same transaction; the unique key (kind, subject, recipient, occasion) makes the insert fail for one that
 * went out already — from this instance before a restart, or from another one at the same moment.
 */
@Component
class ReminderLog {

	private final JdbcTemplate jdbc;

	ReminderLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Throws {@link org.springframework.dao.DataIntegrityViolationException} when it was sent already. */
	void record(NotificationKind kind, UUID subjectId, UUID recipientId, String occasion, Instant now) {
		UUID workspace = TenantContext.currentWorkspace().orElseThrow();
		jdbc.update("insert into reminder_sent (id, workspace_id, kind, subject_id, recipient_id, occasion, sent_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), workspace, kind.name(), subjectId, recipientId,
				occasion, Timestamp.from(now));
	}
}
