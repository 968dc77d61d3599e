package org.serviceplan.journey.internal;

/** Whether a pain still hurts or something was done about it. */
public enum PainStatus {
	OPEN, ADDRESSED
}
