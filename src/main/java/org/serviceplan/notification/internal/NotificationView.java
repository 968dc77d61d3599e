package org.serviceplan.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;

/** A notification rendered in the reader's language, with its data for API clients. */
public record NotificationView(UUID id, NotificationKind kind, String title, List<String> lines, List<Entry> entries,
		String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
