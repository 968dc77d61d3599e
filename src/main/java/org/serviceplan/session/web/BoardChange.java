package org.serviceplan.session.web;

import java.util.Objects;
import java.util.UUID;

/** What changed on a session's board, as it travels between instances: {@code <sessionId>:<kind>}. */
record BoardChange(UUID sessionId, Kind kind) {

	enum Kind {
		/** ideas added, edited, hidden or merged */
		IDEAS,
		/** points given or taken back */
		VOTES,
		/** the session moved on: brainstorming locked, voting opened or closed, results revealed, session closed */
		STAGE;

		String eventName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	BoardChange {
		Objects.requireNonNull(sessionId, "sessionId");
		Objects.requireNonNull(kind, "kind");
	}

	String wire() {
		return sessionId + ":" + kind;
	}

	static BoardChange fromWire(String text) {
		int colon = text.indexOf(':');
		return new BoardChange(UUID.fromString(text.substring(0, colon)), Kind.valueOf(text.substring(colon + 1)));
	}
}
