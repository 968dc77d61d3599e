package org.serviceplan.session.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.serviceplan.session.VotingBudget;

/**
 * What happens to the votes when the facilitator merges a duplicate ({@code source}) into an idea ({@code target}):
 * <ul>
 * <li>a participant who voted only on the source now has the same points on the target, in the same nomination;</li>
 * <li>a participant who voted on both has the sum on the target, capped at the per-idea limit
 * ({@link VotingBudget#merged}); what the cap cuts off is simply no longer spent, so it returns to their budget;</li>
 * <li>nobody's total grows, so no budget can be overdrawn by a merge.</li>
 * </ul>
 */
public final class VoteMerge {

	private VoteMerge() {
	}

	public static void merge(List<Vote> sourceVotes, List<Vote> targetVotes, UUID targetId, VotingBudget budget,
			Consumer<Vote> delete) {
		for (Vote source : sourceVotes) {
			Vote onTarget = targetVotes.stream()
				.filter(t -> t.participantId().equals(source.participantId())
						&& t.nomination() == source.nomination())
				.findFirst()
				.orElse(null);
			if (onTarget == null) {
				source.moveTo(targetId);
			}
			else {
				onTarget.set(budget.merged(onTarget.points(), source.points()), budget.maxPointsPerIdea());
				delete.accept(source);
			}
		}
	}
}
