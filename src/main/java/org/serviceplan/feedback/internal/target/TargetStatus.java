package org.serviceplan.feedback.internal.target;

import java.time.LocalDate;

/**
 * Where a target stands: reached when the metric is on the wanted side of the value now; missed when the due
 * date has passed without that; not yet before it; no data without answers. A reached target is "certain" only
 * when the whole 95% interval is on the wanted side — three lucky answers do not reach a target for sure.
 */
public enum TargetStatus {

	REACHED, NOT_YET, MISSED, NO_DATA;

	public static TargetStatus of(Comparison comparison, double goal, LocalDate dueDate, Reading reading,
			LocalDate today) {
		if (reading.hasValue() && comparison.holds(reading.value(), goal)) {
			return REACHED;
		}
		if (today.isAfter(dueDate)) {
			return MISSED;
		}
		return reading.hasValue() ? NOT_YET : NO_DATA;
	}

	/** The interval lies wholly on the wanted side of the value. */
	public static boolean certain(Comparison comparison, double goal, Reading reading) {
		if (!reading.hasValue() || reading.low() == null || reading.high() == null) {
			return false;
		}
		return comparison == Comparison.AT_LEAST ? reading.low() >= goal : reading.high() <= goal;
	}
}
