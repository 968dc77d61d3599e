package org.serviceplan.feedback;

import static org.serviceplan.feedback.Distributions.Z95;

/**
 * A figure in two periods: the change (after − before) with its 95% interval, the two-sided p-value of the
 * named test, and whether the change is significant at 5%. Without at least two answers on each side there is
 * no test, and the change is never called significant.
 */
public record Comparison(Variant variant, Estimate before, Estimate after, Double difference, Interval ci95,
		Double pValue, boolean significant, SignificanceTest test) {

	public static final double ALPHA = 0.05;

	public static Comparison of(Histogram before, Histogram after, Variant variant) {
		Estimate b = before.estimate(variant);
		Estimate a = after.estimate(variant);
		SignificanceTest test = switch (variant) {
			case PROMOTERS_MINUS_DETRACTORS -> SignificanceTest.NPS_Z_TEST;
			case SHARE_4_5, SHARE_5_7 -> SignificanceTest.TWO_PROPORTION_Z_TEST;
			case MEAN_SCORE -> SignificanceTest.WELCH_T_TEST;
		};
		if (b.value() == null || a.value() == null) {
			return new Comparison(variant, b, a, null, null, null, false, test);
		}
		double difference = a.value() - b.value();
		if (b.n() < 2 || a.n() < 2) {
			return new Comparison(variant, b, a, difference, null, null, false, test);
		}
		double se = Math.sqrt(b.standardError() * b.standardError() + a.standardError() * a.standardError());
		double span = variant.ceiling() - variant.floor();
		double p;
		double critical = Z95;
		switch (test) {
			case TWO_PROPORTION_Z_TEST -> {
				double pooled = (b.value() * b.n() + a.value() * a.n()) / 100 / (b.n() + a.n());
				double pooledSe = 100 * Math.sqrt(pooled * (1 - pooled) * (1.0 / b.n() + 1.0 / a.n()));
				p = pooledSe == 0 ? (difference == 0 ? 1 : 0) : Distributions.normalTwoSided(difference / pooledSe);
			}
			case WELCH_T_TEST -> {
				double vb = b.standardError() * b.standardError();
				double va = a.standardError() * a.standardError();
				double df = (vb + va) * (vb + va) / (vb * vb / (b.n() - 1) + va * va / (a.n() - 1));
				if (se == 0 || Double.isNaN(df)) {
					p = difference == 0 ? 1 : 0;
				}
				else {
					p = Distributions.studentTwoSided(difference / se, df);
					critical = Distributions.student975(df);
				}
			}
			default -> p = se == 0 ? (difference == 0 ? 1 : 0) : Distributions.normalTwoSided(difference / se);
		}
		Interval ci = Interval.around(difference, critical * se, -span, span);
		return new Comparison(variant, b, a, difference, ci, p, p < ALPHA, test);
	}

	public static Comparison of(Histogram before, Histogram after) {
		return of(before, after, MetricDefinition.of(before.metric()).headline());
	}
}
