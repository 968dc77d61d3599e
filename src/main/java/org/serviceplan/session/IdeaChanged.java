package org.serviceplan.session;

import java.util.UUID;

/**
 * The facilitator edited, hid or showed an idea, or merged it into another ({@code mergedInto} then names the idea
 * that took over its votes and authors; null otherwise).
 */
public record IdeaChanged(UUID workspaceId, UUID sessionId, UUID ideaId, Change change, UUID mergedInto) {

	public enum Change {
		EDITED, HIDDEN, SHOWN, MERGED
	}
}
