package org.serviceplan.journey.internal;

/** How the company learned about a pain. */
public enum PainSource {
	OBSERVATION, FEEDBACK, INTERVIEW, AUDIT, EMPLOYEE
}
