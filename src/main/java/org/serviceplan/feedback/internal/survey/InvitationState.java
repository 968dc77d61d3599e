package org.serviceplan.feedback.internal.survey;

/** Where a one-time invitation token stands. */
public enum InvitationState {
	OPEN, USED, UNKNOWN
}
