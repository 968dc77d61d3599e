package org.serviceplan.session.web;

import java.util.UUID;

/**
 * Who sits at a session's board in this request: a member of the company (through {@code /w/{ws}/sessions/...}) or
 * a guest (through {@code /guest/sessions/...}). {@code participantId} is null for a member who only watches;
 * {@code url} is where this person's board routes start, so one set of templates serves both doors.
 */
record Seat(UUID workspaceId, UUID sessionId, UUID participantId, UUID personId, String name, boolean facilitator,
		String url) {

	static String memberUrl(UUID workspaceId, UUID sessionId) {
		return "/w/" + workspaceId + "/sessions/" + sessionId;
	}

	static String guestUrl(UUID sessionId) {
		return "/guest/sessions/" + sessionId;
	}

	boolean takesPart() {
		return participantId != null;
	}

	boolean guest() {
		return personId == null;
	}
}
