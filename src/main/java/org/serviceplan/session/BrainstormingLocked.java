package org.serviceplan.session;

import java.util.UUID;

/** The facilitator locked brainstorming; no new ideas are accepted. */
public record BrainstormingLocked(UUID workspaceId, UUID sessionId) {
}
