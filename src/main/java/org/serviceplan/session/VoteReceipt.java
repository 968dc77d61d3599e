package org.serviceplan.session;

import java.util.UUID;

/** The caller's points on an idea after a vote, and what they have left in that nomination. */
public record VoteReceipt(UUID ideaId, Nomination nomination, int points, int remaining) {
}
