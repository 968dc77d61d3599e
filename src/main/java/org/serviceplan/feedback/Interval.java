package org.serviceplan.feedback;

/** A confidence interval, low to high, in the metric's own units. */
public record Interval(double low, double high) {

	public Interval {
		if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
			throw new IllegalArgumentException("not an interval: " + low + ".." + high);
		}
	}

	static Interval around(double value, double halfWidth, double floor, double ceiling) {
		return new Interval(Math.max(floor, value - halfWidth), Math.min(ceiling, value + halfWidth));
	}

	public double[] asArray() {
		return new double[] { low, high };
	}
}
