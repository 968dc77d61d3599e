package org.serviceplan.session;

import java.util.UUID;

/**
 * A guest in a session: which company and session, their participant id and name, and the secret token that
 * identifies them from now on (handed out once at joining; only its hash is stored).
 */
public record GuestPass(UUID workspaceId, UUID sessionId, UUID participantId, String displayName, String token) {

	@Override
	public String toString() {
		return "GuestPass[" + sessionId + ", " + participantId + "]";
	}
}
