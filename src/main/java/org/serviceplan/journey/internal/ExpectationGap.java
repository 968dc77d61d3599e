package org.serviceplan.journey.internal;

/**
 * Perceived quality minus customer expectation at a touchpoint (seed 003): less than expected is bad, as
 * expected is good, more than expected is excellent.
 */
public record ExpectationGap(int value, Verdict verdict) {

	public enum Verdict {
		BAD, GOOD, EXCELLENT
	}

	static ExpectationGap of(int expectation, int quality) {
		int gap = quality - expectation;
		return new ExpectationGap(gap, gap < 0 ? Verdict.BAD : gap == 0 ? Verdict.GOOD : Verdict.EXCELLENT);
	}
}
