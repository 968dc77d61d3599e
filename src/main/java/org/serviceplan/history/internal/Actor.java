package org.serviceplan.history.internal;

import java.util.UUID;

/** Who made a change: an account by the name it had then, or the system itself (start-up data). */
public record Actor(UUID accountId, String name) {

	static final Actor SYSTEM = new Actor(null, null);

	public boolean system() {
		return accountId == null;
	}
}
