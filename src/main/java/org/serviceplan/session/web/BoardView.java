package org.serviceplan.session.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.VotingState;

/**
 * A session's board as one person may see it: the session's state, its journeys' stages and touchpoints with the
 * ideas under them, the person's own points, and tallies only for those who may see them (the facilitator always,
 * everyone once the results are revealed).
 */
record BoardView(Header session, List<JourneyLane> journeys, Column general, Voter me, boolean facilitator,
		boolean talliesVisible, String url, List<IdeaCard> allIdeas) {

	public boolean canAddIdeas() {
		return me != null && !session.closed() && !session.brainstormingLocked();
	}

	/** The other shown ideas a duplicate can be merged into. */
	public List<MergeTarget> mergeTargets(IdeaCard idea) {
		return allIdeas.stream()
			.filter(other -> !other.id().equals(idea.id()) && !other.hidden())
			.map(other -> new MergeTarget(other.id(), other.text().length() > 60 ? other.text().substring(0, 59) + "…"
					: other.text()))
			.toList();
	}

	record MergeTarget(UUID id, String label) {
	}

	/** The session's state as the board's header shows it. */
	record Header(UUID id, String title, boolean closed, VotingState voting, boolean brainstormingLocked,
			boolean resultsRevealed, boolean anonymous, int quickWinBudget, int importantBudget, int maxPointsPerIdea,
			int currentStage, List<String> agenda, String joinCode) {

		public boolean votingOpen() {
			return voting == VotingState.OPEN && !closed;
		}

		public int currentStageNumber() {
			return currentStage + 1;
		}

		public String currentStageTitle() {
			return currentStage < agenda.size() ? agenda.get(currentStage) : "";
		}
	}

	record JourneyLane(UUID id, String title, List<StageLane> stages, List<TouchpointChoice> touchpoints) {
	}

	record StageLane(String name, List<TouchpointLane> touchpoints) {
	}

	record TouchpointLane(UUID id, String name, List<IdeaCard> problems, List<IdeaCard> ideals) {
	}

	record TouchpointChoice(UUID id, String name, String stageName) {
	}

	record Column(List<IdeaCard> problems, List<IdeaCard> ideals) {
	}

	/** What the person at the board has left to give, per nomination. */
	record Voter(UUID participantId, String name, int quickWinLeft, int importantLeft) {
	}

	/**
	 * An idea card: its text and place, its author (none when voting is anonymous), the viewer's own points, and the
	 * tallies (zero when the viewer may not see them).
	 */
	record IdeaCard(UUID id, String text, IdeaKind kind, UUID touchpointId, String painText, String author,
			boolean hidden, Instant createdAt, long version, Map<Nomination, Integer> myPoints,
			Map<Nomination, Integer> tallyPoints, Map<Nomination, Integer> tallyVoters) {

		public int mine(Nomination nomination) {
			return myPoints.getOrDefault(nomination, 0);
		}

		public int points(Nomination nomination) {
			return tallyPoints.getOrDefault(nomination, 0);
		}

		public int voters(Nomination nomination) {
			return tallyVoters.getOrDefault(nomination, 0);
		}
	}
}
