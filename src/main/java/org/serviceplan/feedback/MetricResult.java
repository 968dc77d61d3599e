package org.serviceplan.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric over the answers of a {@link MetricQuery}: the headline figure ({@code variant} says which, see
 * {@link MetricDefinition}) with n and its 95% interval, the breakdown (promoters/passives/detractors for NPS,
 * answers per score for CSAT and CES), the series, and the other variants shown beside the headline (CES: the
 * share of 5–7 beside the mean score). {@code histogram} holds the answers per score of the whole query.
 */
public record MetricResult(Metric metric, Variant variant, Double value, long n, Interval ci95, boolean smallSample,
		Map<String, Long> breakdown, List<MetricPoint> series, List<Estimate> alongside, Histogram histogram) {

	public MetricResult {
		breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
		series = List.copyOf(series);
		alongside = List.copyOf(alongside);
	}

	public static MetricResult of(Histogram total, List<MetricPoint> series) {
		MetricDefinition definition = MetricDefinition.of(total.metric());
		Estimate headline = total.estimate(definition.headline());
		return new MetricResult(total.metric(), headline.variant(), headline.value(), headline.n(), headline.ci95(),
				headline.smallSample(), total.breakdown(), series,
				definition.alongside().stream().map(total::estimate).toList(), total);
	}
}
