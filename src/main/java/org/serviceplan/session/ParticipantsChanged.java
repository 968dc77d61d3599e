package org.serviceplan.session;

import java.util.UUID;

/** Someone joined the session, or the facilitator removed a participant. */
public record ParticipantsChanged(UUID workspaceId, UUID sessionId, UUID participantId) {
}
