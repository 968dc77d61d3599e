package org.serviceplan.session.web;

import java.util.List;

import org.serviceplan.session.Nomination;
import org.serviceplan.session.web.BoardView.IdeaCard;
import org.serviceplan.session.web.ResultsView.RankRow;

/** What the wall shows besides the code: how many are in, the latest ideas, and the winners once revealed. */
record ProjectorScreen(int participants, int ideas, List<IdeaCard> latest, ResultsView results) {

	public List<RankRow> top(Nomination nomination) {
		return results.top(nomination);
	}
}
