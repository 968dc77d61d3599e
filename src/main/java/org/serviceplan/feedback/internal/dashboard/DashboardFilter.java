package org.serviceplan.feedback.internal.dashboard;

import java.time.LocalDate;
import java.util.UUID;

import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricQuery;

/**
 * What the dashboard shows: the period of its figures (compared with the same length just before), a touchpoint,
 * segment and channel to narrow to, the step of the trend charts, and the metric the slices are drawn for.
 */
public record DashboardFilter(LocalDate from, LocalDate to, UUID touchpointId, String segment, String channel,
		GroupBy step, Metric focus) {

	/** Days a period covers when the user gives none: the last month. */
	public static final int DEFAULT_DAYS = 30;
	/** Days the heat map covers when the user gives none. */
	public static final int HEAT_DAYS = 90;

	public DashboardFilter {
		segment = segment == null || segment.isBlank() ? null : segment.strip();
		channel = channel == null || channel.isBlank() ? null : channel.strip();
		step = step == null || !step.isTime() ? GroupBy.MONTH : step;
		focus = focus == null ? Metric.NPS : focus;
	}

	/** The user's choices, with the last 30 days up to {@code today} for a period left out or given backwards. */
	public static DashboardFilter of(LocalDate from, LocalDate to, UUID touchpointId, String segment, String channel,
			GroupBy step, Metric focus, LocalDate today) {
		return of(from, to, touchpointId, segment, channel, step, focus, today, DEFAULT_DAYS);
	}

	/** As above with another default length: a touchpoint gathers enough answers over a quarter, not a month. */
	public static DashboardFilter of(LocalDate from, LocalDate to, UUID touchpointId, String segment, String channel,
			GroupBy step, Metric focus, LocalDate today, int defaultDays) {
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null || from.isAfter(end) ? end.minusDays(defaultDays - 1L) : from;
		return new DashboardFilter(start, end, touchpointId, segment, channel, step, focus);
	}

	public long days() {
		return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The period of the same length just before this one. */
	public MetricQuery previous(UUID workspaceId, Metric metric) {
		return query(workspaceId, metric).between(from.minusDays(days()), from.minusDays(1));
	}

	public MetricQuery query(UUID workspaceId, Metric metric) {
		return new MetricQuery(workspaceId, metric, from, to, touchpointId, segment, channel, null);
	}

	/** The trend's window, ending with the period: a year by month, half a year by week, two months by day. */
	public MetricQuery trend(UUID workspaceId, Metric metric) {
		LocalDate start = switch (step) {
			case DAY -> to.minusDays(59);
			case WEEK -> to.minusWeeks(26).plusDays(1);
			default -> to.withDayOfMonth(1).minusMonths(11);
		};
		return new MetricQuery(workspaceId, metric, start, to, touchpointId, segment, channel, step);
	}
}
