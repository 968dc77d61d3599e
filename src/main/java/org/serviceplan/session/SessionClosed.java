package org.serviceplan.session;

import java.util.UUID;

/** The session was closed; its guest code and guest tokens stop working, nothing changes any more. */
public record SessionClosed(UUID workspaceId, UUID sessionId) {
}
