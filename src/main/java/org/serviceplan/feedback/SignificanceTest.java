package org.serviceplan.feedback;

/** The test behind a comparison of two periods, named so a page can say which one it used. */
public enum SignificanceTest {

	/** NPS: z-test of the difference, each side's variance from its per-answer +100/0/−100 values. */
	NPS_Z_TEST,
	/** Shares (CSAT, CES 5–7): two-proportion z-test with the pooled proportion. */
	TWO_PROPORTION_Z_TEST,
	/** Means (CES): Welch's t-test with Welch–Satterthwaite degrees of freedom. */
	WELCH_T_TEST
}
