package org.serviceplan.feedback;

/** How a figure is computed from the answers: tools differ, so every figure says which variant it is. */
public enum Variant {

	/** NPS: % of 9–10 minus % of 0–6, from −100 to +100; 95% CI from the variance of the per-answer +100/0/−100. */
	PROMOTERS_MINUS_DETRACTORS(Metric.NPS, -100, 100),
	/** CSAT: % of 4 and 5 answers; Wilson 95% interval. */
	SHARE_4_5(Metric.CSAT, 0, 100),
	/** CES: the mean score, 1–7; Student's t 95% interval. */
	MEAN_SCORE(Metric.CES, 1, 7),
	/** CES: % of 5–7 answers ("easy"); Wilson 95% interval. */
	SHARE_5_7(Metric.CES, 0, 100);

	private final Metric metric;
	private final double floor;
	private final double ceiling;

	Variant(Metric metric, double floor, double ceiling) {
		this.metric = metric;
		this.floor = floor;
		this.ceiling = ceiling;
	}

	public Metric metric() {
		return metric;
	}

	public double floor() {
		return floor;
	}

	public double ceiling() {
		return ceiling;
	}
}
