package org.serviceplan.session;

import java.util.UUID;

/** A participant set or took back points on an idea (the tallies of that idea changed). */
public record VotesChanged(UUID workspaceId, UUID sessionId, UUID ideaId) {
}
