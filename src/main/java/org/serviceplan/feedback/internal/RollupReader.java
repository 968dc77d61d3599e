package org.serviceplan.feedback.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.Histogram;
import org.serviceplan.feedback.MetricQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a metric query's histograms from the cubes: whole months from the month cube, the days before the
 * first and after the last whole month from the day cube (and only the day cube for series by day or week).
 * A query over a year of a touchpoint reads a dozen month rows per channel × segment and two edges of days.
 */
@Component
public class RollupReader {

	private static final String SUMS = IntStream.rangeClosed(0, 10)
		.mapToObj(i -> "coalesce(sum(s" + i + "), 0)")
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	RollupReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The query's histograms by series key; without a {@code groupBy}, one histogram under the empty key. */
	public Map<String, Histogram> histograms(MetricQuery query) {
		Map<String, Histogram> groups = new HashMap<>();
		LocalDate from = query.from();
		LocalDate to = query.to();
		GroupBy group = query.groupBy();
		if (group == GroupBy.DAY || group == GroupBy.WEEK) {
			read(query, "feedback_daily", from, to == null ? null : to.plusDays(1), groups);
			return groups;
		}
		LocalDate firstWholeMonth = from == null || from.getDayOfMonth() == 1 ? from
				: from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterWholeMonths = to == null ? null
				: to.getDayOfMonth() == to.lengthOfMonth() ? to.plusDays(1) : to.withDayOfMonth(1);
		if (firstWholeMonth != null && afterWholeMonths != null && !firstWholeMonth.isBefore(afterWholeMonths)) {
			read(query, "feedback_daily", from, to.plusDays(1), groups);
			return groups;
		}
		read(query, "feedback_monthly", firstWholeMonth, afterWholeMonths, groups);
		if (from != null && from.isBefore(firstWholeMonth)) {
			read(query, "feedback_daily", from, firstWholeMonth, groups);
		}
		if (to != null && !afterWholeMonths.isAfter(to)) {
			read(query, "feedback_daily", afterWholeMonths, to.plusDays(1), groups);
		}
		return groups;
	}

	/** Adds the histograms of one cube's buckets from {@code from} up to, not including, {@code until}; either may be open. */
	private void read(MetricQuery query, String table, LocalDate from, LocalDate until, Map<String, Histogram> groups) {
		String column = column(query.groupBy());
		StringBuilder sql = new StringBuilder("select ").append(column == null ? "''" : column).append(", ")
			.append(SUMS).append(" from ").append(table).append(" where workspace_id = ? and metric = ?");
		List<Object> arguments = new ArrayList<>(List.of(query.workspaceId(), query.metric().name()));
		if (from != null) {
			sql.append(" and bucket >= ?");
			arguments.add(Date.valueOf(from));
		}
		if (until != null) {
			sql.append(" and bucket < ?");
			arguments.add(Date.valueOf(until));
		}
		if (query.touchpointId() != null) {
			sql.append(" and touchpoint_id = ?");
			arguments.add(query.touchpointId());
		}
		if (query.segment() != null) {
			sql.append(" and segment = ?");
			arguments.add(query.segment());
		}
		if (query.channel() != null) {
			sql.append(" and channel = ?");
			arguments.add(query.channel());
		}
		if (column != null) {
			sql.append(" group by ").append(column);
		}
		jdbc.query(sql.toString(), (ResultSet rs) -> {
			String key = key(query.groupBy(), rs);
			long[] counts = new long[11];
			for (int i = 0; i < 11; i++) {
				counts[i] = rs.getLong(2 + i);
			}
			groups.merge(key, Histogram.of(query.metric(), counts), Histogram::plus);
		}, arguments.toArray());
	}

	private static String column(GroupBy group) {
		if (group == null) {
			return null;
		}
		return switch (group) {
			case DAY, WEEK, MONTH -> "bucket";
			case TOUCHPOINT -> "touchpoint_id";
			case SEGMENT -> "segment";
			case CHANNEL -> "channel";
		};
	}

	private static String key(GroupBy group, ResultSet rs) throws SQLException {
		if (group == null) {
			return "";
		}
		return switch (group) {
			case DAY -> rs.getDate(1).toLocalDate().toString();
			case WEEK -> {
				LocalDate day = rs.getDate(1).toLocalDate();
				yield "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			}
			case MONTH -> YearMonth.from(rs.getDate(1).toLocalDate()).toString();
			case TOUCHPOINT -> {
				UUID id = rs.getObject(1, UUID.class);
				yield RollupCells.NO_TOUCHPOINT.equals(id) ? "" : id.toString();
			}
			case SEGMENT, CHANNEL -> rs.getString(1);
		};
	}
}
