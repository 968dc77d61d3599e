package org.serviceplan.session;

import java.util.UUID;

/** An idea was added to the session's board. */
public record IdeaAdded(UUID workspaceId, UUID sessionId, UUID ideaId) {
}
