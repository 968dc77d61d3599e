package org.serviceplan.session;

import java.util.List;
import java.util.UUID;

/**
 * What a facilitator says when creating (or re-describing) a session. {@code facilitatorId} null means the
 * creator facilitates; {@code agenda} null means the four stages of seed 001.
 */
public record NewSession(String title, List<UUID> journeyIds, VotingBudget budget, boolean anonymous,
		UUID facilitatorId, List<String> agenda) {
}
