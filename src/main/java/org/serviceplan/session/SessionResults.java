package org.serviceplan.session;

import java.util.List;
import java.util.UUID;

/**
 * A session's ranking in both nominations ({@link Ranking}): every shown idea with its points and number of voters
 * and, for open voting only, who gave how many points. Anonymous voting never names a voter here.
 */
public record SessionResults(UUID sessionId, boolean revealed, boolean anonymous, List<NominationResult> nominations) {

	public SessionResults {
		nominations = List.copyOf(nominations);
	}

	public NominationResult of(Nomination nomination) {
		return nominations.stream().filter(n -> n.nomination() == nomination).findFirst().orElseThrow();
	}

	public record NominationResult(Nomination nomination, List<RankedIdea> ideas) {

		public NominationResult {
			ideas = List.copyOf(ideas);
		}
	}

	public record RankedIdea(int rank, UUID ideaId, String text, IdeaKind kind, UUID touchpointId, UUID painId,
			int points, int voters, List<Ballot> ballots) {

		public RankedIdea {
			ballots = List.copyOf(ballots);
		}
	}

	/** One participant's points on an idea (open voting only). */
	public record Ballot(UUID participantId, String name, int points) {
	}
}
