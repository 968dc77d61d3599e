package org.serviceplan.feedback;

/** The customer metrics an answer can carry, each with its scale (domain.md §8). */
public enum Metric {

	/** "How likely are you to recommend us", 0–10. */
	NPS(0, 10),
	/** Satisfaction, 1–5. */
	CSAT(1, 5),
	/** Customer effort, 1–7 ("the company made it easy to…"). */
	CES(1, 7);

	/** Read once: {@code values()} copies the array on every call, and an import names a metric on every line. */
	private static final Metric[] ALL = values();

	private final int min;
	private final int max;

	Metric(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	public boolean accepts(int score) {
		return score >= min && score <= max;
	}

	/** The score itself, or {@link InvalidAnswer} naming the scale it left. */
	public int checked(int score) {
		if (!accepts(score)) {
			throw new InvalidAnswer("score", "feedback.answer.scoreOutOfRange", score, name(), min, max);
		}
		return score;
	}

	/** The metric named by {@code name} in any case, or {@link InvalidAnswer} listing the known ones. */
	public static Metric named(String name) {
		if (name != null) {
			for (Metric metric : ALL) {
				if (metric.name().equalsIgnoreCase(name.strip())) {
					return metric;
				}
			}
		}
		throw new InvalidAnswer("metric", "feedback.answer.unknownMetric", String.valueOf(name));
	}
}
