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

	/**
	 * Wilson's score interval of a share, in percent: it stays inside 0–100 and is honest near 0 and 100 and for
	 * few answers, where the textbook p ± 1.96·se is not. No interval without answers.
	 */
	public static Interval ofShare(long hits, long n) {
		if (n <= 0) {
			return null;
		}
		double p = hits / (double) n;
		double z2 = Distributions.Z95 * Distributions.Z95;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double half = Distributions.Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
		return new Interval(Math.max(0, 100 * (centre - half)), Math.min(100, 100 * (centre + half)));
	}

	public double[] asArray() {
		return new double[] { low, high };
	}
}
