package org.serviceplan.session;

/** A session is open from its creation until the facilitator closes it; a closed one is read-only. */
public enum SessionStatus {
	OPEN, CLOSED
}
