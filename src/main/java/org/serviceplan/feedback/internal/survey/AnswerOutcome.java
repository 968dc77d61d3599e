package org.serviceplan.feedback.internal.survey;

/** What became of an answer sent from the public page. */
public enum AnswerOutcome {
	/** Stored in the feedback store. */
	STORED,
	/** The invitation token was used before: one answer per invitation. */
	ALREADY_ANSWERED,
	/** The survey was paused or removed, or the token never existed. */
	GONE
}
