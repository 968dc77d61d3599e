package org.serviceplan.feedback.internal.survey;

/** The one optional question a survey may add after its main question: free text or one of a few choices. */
public enum ExtraKind {
	NONE, TEXT, CHOICE
}
