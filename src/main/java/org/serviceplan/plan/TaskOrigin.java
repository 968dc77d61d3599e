package org.serviceplan.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a plan task came from: the strategic session and its idea, and the touchpoint and pain the idea was about
 * (either may be null). Kept on the task so the chain can be followed both ways.
 */
public record TaskOrigin(UUID sessionId, UUID ideaId, UUID touchpointId, UUID painId) {

	public TaskOrigin {
		Objects.requireNonNull(sessionId, "sessionId");
		Objects.requireNonNull(ideaId, "ideaId");
	}
}
