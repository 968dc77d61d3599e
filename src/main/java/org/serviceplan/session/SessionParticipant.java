package org.serviceplan.session;

import java.time.Instant;
import java.util.UUID;

/** A participant as lists show them: a member (with their person id) or a guest, by name. */
public record SessionParticipant(UUID id, UUID personId, String name, boolean guest, Instant joinedAt) {
}
