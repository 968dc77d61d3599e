package org.serviceplan.session;

/** What an idea says: what is wrong now ("как есть"), or the ideal future ("как должно быть"). */
public enum IdeaKind {
	PROBLEM, IDEAL
}
