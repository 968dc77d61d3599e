package org.serviceplan.session;

import java.util.UUID;

/** The facilitator revealed the results to the participants. */
public record ResultsRevealed(UUID workspaceId, UUID sessionId) {
}
