package org.serviceplan.feedback;

import static org.serviceplan.feedback.Distributions.Z95;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers per score of one metric: everything a figure needs. The roll-ups store exactly this, so a metric over
 * any slice is a sum of histograms, and its value, n, interval and breakdown follow from the sum.
 */
public final class Histogram {

	private final Metric metric;
	/** answers per score, indexed by the score itself (0–10), unused places zero. */
	private final long[] counts;

	private Histogram(Metric metric, long[] counts) {
		this.metric = metric;
		this.counts = counts;
	}

	public static Histogram empty(Metric metric) {
		return new Histogram(metric, new long[11]);
	}

	/** From counts indexed by score (0–10); counts outside the metric's scale must be zero. */
	public static Histogram of(Metric metric, long... countsByScore) {
		long[] counts = Arrays.copyOf(countsByScore, 11);
		for (int score = 0; score < counts.length; score++) {
			if (counts[score] < 0 || (counts[score] > 0 && !metric.accepts(score))) {
				throw new IllegalArgumentException(counts[score] + " answers of " + score + " for " + metric);
			}
		}
		return new Histogram(metric, counts);
	}

	/** From the answers' scores themselves. */
	public static Histogram ofScores(Metric metric, int... scores) {
		long[] counts = new long[11];
		for (int score : scores) {
			counts[metric.checked(score)]++;
		}
		return new Histogram(metric, counts);
	}

	public Metric metric() {
		return metric;
	}

	public long count(int score) {
		return score < 0 || score >= counts.length ? 0 : counts[score];
	}

	public long n() {
		long n = 0;
		for (long c : counts) {
			n += c;
		}
		return n;
	}

	public Histogram plus(Histogram other) {
		if (other.metric != metric) {
			throw new IllegalArgumentException("cannot add " + other.metric + " answers to " + metric);
		}
		long[] sum = counts.clone();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += other.counts[i];
		}
		return new Histogram(metric, sum);
	}

	/** The headline figure of {@link MetricDefinition#of}. */
	public Estimate headline() {
		return estimate(MetricDefinition.of(metric).headline());
	}

	public Estimate estimate(Variant variant) {
		if (variant.metric() != metric) {
			throw new IllegalArgumentException(variant + " is not a variant of " + metric);
		}
		long n = n();
		if (n == 0) {
			return Estimate.empty(variant);
		}
		return switch (variant) {
			case PROMOTERS_MINUS_DETRACTORS -> nps(n);
			case SHARE_4_5 -> share(variant, n, between(4, 5));
			case SHARE_5_7 -> share(variant, n, between(5, 7));
			case MEAN_SCORE -> mean(n);
		};
	}

	/**
	 * NPS: promoters, passives and detractors for NPS; answers per score for CSAT and CES, every score of the
	 * scale present, in order.
	 */
	public Map<String, Long> breakdown() {
		Map<String, Long> breakdown = new LinkedHashMap<>();
		if (metric == Metric.NPS) {
			breakdown.put("promoters", between(9, 10));
			breakdown.put("passives", between(7, 8));
			breakdown.put("detractors", between(0, 6));
		}
		else {
			for (int score = metric.min(); score <= metric.max(); score++) {
				breakdown.put(String.valueOf(score), counts[score]);
			}
		}
		return breakdown;
	}

	/**
	 * NPS = 100 (p − d); each answer is +100, 0 or −100, whose variance is 100² (p + d − (p − d)²), so the
	 * standard error is 100 √((p + d − (p − d)²) / n) — the formula of the R package NPS ({@code nps_var}).
	 */
	private Estimate nps(long n) {
		double p = between(9, 10) / (double) n;
		double d = between(0, 6) / (double) n;
		double value = 100 * (p - d);
		double se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
		return new Estimate(Variant.PROMOTERS_MINUS_DETRACTORS, n, value, se,
				n < 2 ? null : Interval.around(value, Z95 * se, -100, 100));
	}

	/** A share in percent with Wilson's score interval ({@link Interval#ofShare}). */
	private static Estimate share(Variant variant, long n, long hits) {
		double p = hits / (double) n;
		return new Estimate(variant, n, 100 * p, 100 * Math.sqrt(p * (1 - p) / n), Interval.ofShare(hits, n));
	}

	/** The mean score with Student's t interval from the sample standard deviation. */
	private Estimate mean(long n) {
		double sum = 0;
		for (int score = 0; score < counts.length; score++) {
			sum += (double) score * counts[score];
		}
		double mean = sum / n;
		if (n < 2) {
			return new Estimate(Variant.MEAN_SCORE, n, mean, null, null);
		}
		double squares = 0;
		for (int score = 0; score < counts.length; score++) {
			squares += counts[score] * (score - mean) * (score - mean);
		}
		double se = Math.sqrt(squares / (n - 1) / n);
		return new Estimate(Variant.MEAN_SCORE, n, mean, se,
				Interval.around(mean, Distributions.student975(n - 1) * se, metric.min(), metric.max()));
	}

	private long between(int low, int high) {
		long sum = 0;
		for (int score = low; score <= high; score++) {
			sum += counts[score];
		}
		return sum;
	}

	long[] counts() {
		return counts.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Histogram h && h.metric == metric && Arrays.equals(h.counts, counts);
	}

	@Override
	public int hashCode() {
		return metric.hashCode() * 31 + Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return metric + Arrays.toString(counts);
	}
}
