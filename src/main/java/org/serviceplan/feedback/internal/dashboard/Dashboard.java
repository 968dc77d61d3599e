package org.serviceplan.feedback.internal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.feedback.Comparison;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.Histogram;
import org.serviceplan.feedback.Interval;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricDefinition;
import org.serviceplan.feedback.MetricPoint;
import org.serviceplan.feedback.MetricQuery;
import org.serviceplan.feedback.MetricResult;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.feedback.internal.target.TargetProgress;
import org.springframework.stereotype.Service;

/**
 * Everything the metrics dashboard shows for a filter, read from the roll-ups through {@link Feedback}: per
 * metric the figure with n and interval, the change against the period before with its significance, the trend
 * with its band, the score distribution; for the chosen metric the slices by segment, channel and touchpoint;
 * targets with progress; the named series from other systems.
 */
@Service
public class Dashboard {

	private final Feedback feedback;
	private final TargetReadings targets;
	private final NamedSeries series;
	private final DashboardProperties properties;

	Dashboard(Feedback feedback, TargetReadings targets, NamedSeries series, DashboardProperties properties) {
		this.feedback = feedback;
		this.targets = targets;
		this.series = series;
		this.properties = properties;
	}

	public record View(DashboardFilter filter, List<MetricCard> cards, List<Slice> bySegment, List<Slice> byChannel,
			List<Slice> byTouchpoint, List<TargetProgress> targets, List<SeriesChart> series, List<String> segments,
			List<String> channels, int minimumAnswers) {
	}

	/** One metric's block: the figure, its change, its trend (drawn and as a table) and its distribution. */
	public record MetricCard(Metric metric, MetricDefinition definition, MetricResult result, Comparison change,
			boolean thin, String trendSvg, List<TrendChart.Point> trend, List<Bar> distribution) {
	}

	/** A score's share of the answers; {@code group} is promoter, passive or detractor for NPS, else empty. */
	public record Bar(int score, long count, double percent, String group) {
	}

	/** A figure for one segment, channel or touchpoint; thin ones are shown greyed with a note. */
	public record Slice(String key, Double value, long n, Interval ci95, boolean thin) {
	}

	public record SeriesChart(NamedSeries.Series series, String svg) {
	}

	public View view(UUID workspaceId, DashboardFilter filter) {
		List<MetricCard> cards = Arrays.stream(Metric.values()).map(m -> card(workspaceId, filter, m)).toList();
		MetricQuery focus = filter.query(workspaceId, filter.focus());
		List<Slice> bySegment = slices(feedback.compute(focus.groupedBy(GroupBy.SEGMENT)));
		List<Slice> byChannel = slices(feedback.compute(focus.groupedBy(GroupBy.CHANNEL)));
		List<Slice> byTouchpoint = slices(feedback.compute(focus.groupedBy(GroupBy.TOUCHPOINT)));
		// the pickers offer every segment and channel answers carry, whatever the current narrowing
		MetricQuery all = MetricQuery.of(workspaceId, filter.focus());
		List<String> segments = keys(feedback.compute(all.groupedBy(GroupBy.SEGMENT)));
		List<String> channels = keys(feedback.compute(all.groupedBy(GroupBy.CHANNEL)));
		List<SeriesChart> charts = series.all().stream().map(s -> new SeriesChart(s, chart(s))).toList();
		return new View(filter, cards, bySegment, byChannel, byTouchpoint, targets.all(workspaceId), charts, segments,
				channels, properties.minimumAnswers());
	}

	private MetricCard card(UUID workspaceId, DashboardFilter filter, Metric metric) {
		MetricQuery query = filter.query(workspaceId, metric);
		MetricResult result = feedback.compute(query);
		Comparison change = feedback.compare(filter.previous(workspaceId, metric), query);
		MetricDefinition definition = feedback.definition(metric);
		MetricQuery trendQuery = filter.trend(workspaceId, metric);
		MetricResult trend = feedback.compute(trendQuery);
		List<TrendChart.Point> points = trendPoints(trendQuery, trend.series());
		TrendChart.Scale scale = TrendChart.Scale.around(points, definition.headline().floor(),
				definition.headline().ceiling());
		String svg = TrendChart.svg(metric.name(), points, scale.min(), scale.max(), null);
		return new MetricCard(metric, definition, result, change, result.n() < properties.minimumAnswers(), svg, points,
				bars(result.histogram()));
	}

	private List<TrendChart.Point> trendPoints(MetricQuery query, List<MetricPoint> series) {
		Map<String, MetricPoint> byKey = series.stream().collect(Collectors.toMap(MetricPoint::key, Function.identity()));
		List<TrendChart.Point> points = new ArrayList<>();
		for (String key : buckets(query.groupBy(), query.from(), query.to())) {
			MetricPoint p = byKey.get(key);
			points.add(p == null ? new TrendChart.Point(key, null, null, null, 0, true)
					: new TrendChart.Point(key, p.value(), p.ci95() == null ? null : p.ci95().low(),
							p.ci95() == null ? null : p.ci95().high(), p.n(), p.n() < properties.minimumAnswers()));
		}
		return points;
	}

	/** Every bucket key of a window, as the roll-ups name them, so a period without answers is a gap. */
	static List<String> buckets(GroupBy step, LocalDate from, LocalDate to) {
		List<String> keys = new ArrayList<>();
		switch (step) {
			case DAY -> from.datesUntil(to.plusDays(1)).forEach(d -> keys.add(d.toString()));
			case WEEK -> {
				for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
					String key = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
							d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
					if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(key)) {
						keys.add(key);
					}
				}
			}
			default -> {
				for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
					keys.add(d.toString().substring(0, 7));
				}
			}
		}
		return keys;
	}

	private List<Bar> bars(Histogram histogram) {
		List<Bar> bars = new ArrayList<>();
		Metric metric = histogram.metric();
		long n = histogram.n();
		for (int score = metric.min(); score <= metric.max(); score++) {
			long count = histogram.count(score);
			String group = metric != Metric.NPS ? "" : score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
			bars.add(new Bar(score, count, n == 0 ? 0 : 100.0 * count / n, group));
		}
		return bars;
	}

	private List<Slice> slices(MetricResult result) {
		return result.series().stream()
			.map(p -> new Slice(p.key(), p.value(), p.n(), p.ci95(), p.n() < properties.minimumAnswers()))
			.toList();
	}

	private static List<String> keys(MetricResult result) {
		return result.series().stream().map(MetricPoint::key).filter(k -> !k.isEmpty()).sorted().toList();
	}

	private static String chart(NamedSeries.Series s) {
		List<TrendChart.Point> points = s.points().stream()
			.map(p -> new TrendChart.Point(p.day().toString(), p.value().doubleValue(), null, null, 1, false))
			.toList();
		double min = s.points().stream().map(NamedSeries.Point::value).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
			.doubleValue();
		double max = s.points().stream().map(NamedSeries.Point::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE)
			.doubleValue();
		double pad = Math.max(1, (max - min) * 0.1);
		return TrendChart.svg(s.label(), points, Math.floor(min - pad), Math.ceil(max + pad), null);
	}
}
