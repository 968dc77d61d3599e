package org.serviceplan.feedback;

import java.util.Map;

/** One group of a metric's series: its key (see {@link GroupBy}), the headline figure, n and interval. */
public record MetricPoint(String key, Double value, long n, Interval ci95, boolean smallSample,
		Map<String, Long> breakdown) {

	static MetricPoint of(String key, Histogram histogram) {
		Estimate headline = histogram.headline();
		return new MetricPoint(key, headline.value(), headline.n(), headline.ci95(), headline.smallSample(),
				histogram.breakdown());
	}
}
