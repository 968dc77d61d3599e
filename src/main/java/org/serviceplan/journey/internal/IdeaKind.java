package org.serviceplan.journey.internal;

/** The two questions asked under each touchpoint in the strategic session (seed 001). */
public enum IdeaKind {
	/** What is wrong now ("косяки"). */
	WRONG_NOW,
	/** What the ideal future looks like (to-be). */
	IDEAL_FUTURE
}
