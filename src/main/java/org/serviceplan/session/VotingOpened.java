package org.serviceplan.session;

import java.util.UUID;

/** The facilitator opened voting. */
public record VotingOpened(UUID workspaceId, UUID sessionId) {
}
