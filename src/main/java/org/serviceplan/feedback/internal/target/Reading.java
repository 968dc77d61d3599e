package org.serviceplan.feedback.internal.target;

/** A metric as measured over some answers: its value, how many answers, and the 95% confidence interval. */
public record Reading(Double value, long n, Double low, Double high) {

	public static final Reading NONE = new Reading(null, 0, null, null);

	public boolean hasValue() {
		return value != null && n > 0;
	}
}
