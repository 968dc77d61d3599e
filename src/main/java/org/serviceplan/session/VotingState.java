package org.serviceplan.session;

/** Voting is not started, open (points may be set and taken back) or closed (no more points, ever). */
public enum VotingState {
	NOT_STARTED, OPEN, CLOSED
}
