package org.serviceplan.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Component;

/**
 * Each workspace's timezone, which decides the day an answer counts on. Read again at most once a minute: a
 * public survey page records an answer per request and must not read every workspace each time.
 */
@Component
public class WorkspaceZones {

	static final ZoneId FALLBACK = ZoneId.of("Europe/Moscow");

	private final Workspaces workspaces;
	private final Clock clock;
	private volatile Map<UUID, ZoneId> zones = Map.of();
	private volatile Instant readAt = Instant.MIN;

	WorkspaceZones(Workspaces workspaces, Clock clock) {
		this.workspaces = workspaces;
		this.clock = clock;
	}

	public ZoneId of(UUID workspaceId) {
		ZoneId zone = zones.get(workspaceId);
		if (zone == null || readAt.isBefore(clock.instant().minusSeconds(60))) {
			zones = Map.copyOf(workspaces.timezones());
			readAt = clock.instant();
			zone = zones.get(workspaceId);
		}
		return zone == null ? FALLBACK : zone;
	}
}
