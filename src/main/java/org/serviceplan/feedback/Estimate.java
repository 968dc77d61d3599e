package org.serviceplan.feedback;

/**
 * One figure from n answers: its value in the variant's units, its standard error and 95% interval. With no
 * answers there is no value; with one, no interval.
 */
public record Estimate(Variant variant, long n, Double value, Double standardError, Interval ci95) {

	static Estimate empty(Variant variant) {
		return new Estimate(variant, 0, null, null, null);
	}

	public boolean smallSample() {
		return n < MetricDefinition.SMALL_SAMPLE;
	}
}
