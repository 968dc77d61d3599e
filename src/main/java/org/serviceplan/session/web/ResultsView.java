package org.serviceplan.session.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.session.Nomination;

/**
 * A session's result as the result page shows it: the ranking per nomination, the quick-wins vs impact chart with
 * its table, and the ideas the facilitator may turn into tasks (quick wins first). {@code visible} is false for a
 * participant before the reveal, and then nothing else is filled.
 */
record ResultsView(boolean visible, Map<Nomination, List<RankRow>> rankings, String chartSvg, List<ChartRow> points,
		List<Candidate> candidates) {

	static ResultsView hidden() {
		return new ResultsView(false, Map.of(), "", List.of(), List.of());
	}

	public List<RankRow> ranking(Nomination nomination) {
		return rankings.getOrDefault(nomination, List.of());
	}

	/** The first places of a nomination that got any points, for the projector. */
	public List<RankRow> top(Nomination nomination) {
		return ranking(nomination).stream().filter(r -> r.points() > 0).limit(5).toList();
	}

	record RankRow(int rank, UUID ideaId, String text, String touchpointName, int points, int voters) {
	}

	/** One dot of the chart as a table row; {@code label} is the number on the dot. */
	record ChartRow(String label, String text, int quickWin, int important) {
	}

	/** An idea offered for the plan, in the nomination it counts in, with its task once it has one. */
	record Candidate(UUID ideaId, String text, Nomination nomination, boolean preselected, String taskUrl) {
	}
}
