package org.serviceplan.journey.internal;

/** As the journey is today (as-is), or as the company wants it to be (to-be). */
public enum JourneyStatus {
	AS_IS, TO_BE
}
