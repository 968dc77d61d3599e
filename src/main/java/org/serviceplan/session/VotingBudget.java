package org.serviceplan.session;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * The dot-voting rule of a session: in each nomination a participant has a budget of points, spends them on ideas
 * (at most {@code maxPointsPerIdea} on one idea) and may take them back while voting is open. Setting points on an
 * idea replaces what the participant had there, so the check is "points on the other ideas of this nomination +
 * the new points ≤ budget" and "the new points ≤ the per-idea limit". The caller must hold the participant's lock
 * while it sums, so two requests of one participant cannot both pass on the same old total.
 */
public record VotingBudget(int quickWinBudget, int importantBudget, int maxPointsPerIdea) {

	/** The most points a budget or the per-idea limit may be: a workshop board, not a bank. */
	public static final int MAX = 100;

	public VotingBudget {
		within("quickWinBudget", quickWinBudget);
		within("importantBudget", importantBudget);
		within("maxPointsPerIdea", maxPointsPerIdea);
	}

	public int budgetOf(Nomination nomination) {
		return nomination == Nomination.QUICK_WIN ? quickWinBudget : importantBudget;
	}

	/**
	 * Refuses setting {@code points} on one idea when the participant already has {@code spentOnOtherIdeas} on the
	 * other ideas of the nomination: negative points, more than the per-idea limit, or more than the budget.
	 */
	public void check(Nomination nomination, int points, int spentOnOtherIdeas) {
		if (points < 0) {
			throw new BusinessRuleViolation("points", "session.vote.negative");
		}
		if (points > maxPointsPerIdea) {
			throw new BusinessRuleViolation("points", "session.vote.overIdeaLimit", maxPointsPerIdea);
		}
		int budget = budgetOf(nomination);
		if (spentOnOtherIdeas + points > budget) {
			throw new BusinessRuleViolation("points", "session.vote.overBudget", budget,
					Math.max(0, budget - spentOnOtherIdeas));
		}
	}

	/** What is left to spend in the nomination, never below zero. */
	public int remaining(Nomination nomination, int spent) {
		return Math.max(0, budgetOf(nomination) - spent);
	}

	/**
	 * One participant's points on two ideas that are merged: summed, but never above the per-idea limit; the rest
	 * goes back to their budget (the merged idea simply holds fewer points).
	 */
	public int merged(int pointsOnTarget, int pointsOnSource) {
		return Math.min(pointsOnTarget + pointsOnSource, maxPointsPerIdea);
	}

	private static void within(String field, int value) {
		if (value < 1 || value > MAX) {
			throw new BusinessRuleViolation(field, "session.budget.range", 1, MAX);
		}
	}
}
