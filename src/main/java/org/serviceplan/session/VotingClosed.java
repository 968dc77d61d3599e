package org.serviceplan.session;

import java.util.UUID;

/** The facilitator closed voting; no more points are accepted. */
public record VotingClosed(UUID workspaceId, UUID sessionId) {
}
