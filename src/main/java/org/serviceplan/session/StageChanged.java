package org.serviceplan.session;

import java.util.UUID;

/** The facilitator moved the session to another stage of its agenda. */
public record StageChanged(UUID workspaceId, UUID sessionId, int stage) {
}
