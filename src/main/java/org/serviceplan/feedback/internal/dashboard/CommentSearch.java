package org.serviceplan.feedback.internal.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.feedback.Metric;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' comments, newest first, narrowed by metric, score range, touchpoint, channel, segment, words and
 * period, a page at a time with the count of all that match. Read straight from the answers (comments are not in the roll-ups); the period's days are the
 * workspace's, so the bounds are instants at its midnights.
 */
@Service
@Transactional(readOnly = true)
public class CommentSearch {

	/** Comments per page. */
	public static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	CommentSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record CommentFilter(Metric metric, Integer minScore, Integer maxScore, UUID touchpointId, String channel,
			String segment, String text, LocalDate from, LocalDate to) {

		public CommentFilter {
			channel = blankIsNull(channel);
			segment = blankIsNull(segment);
			text = blankIsNull(text);
		}

		private static String blankIsNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	public record Comment(Instant answeredAt, Metric metric, int score, UUID touchpointId, String channel,
			String segment, String text) {
	}

	/** One page of the matching comments ({@code page} from 1), how many match in all and how many pages. */
	public record Comments(List<Comment> comments, long total, int page, int pages) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

		/** The position of the first comment shown, from 1. */
		public long first() {
			return (long) (page - 1) * PAGE_SIZE + 1;
		}

		public long last() {
			return first() + comments.size() - 1;
		}
	}

	/** The comments of a page (from 1; past the last is the last). */
	public Comments page(UUID workspaceId, ZoneId zone, CommentFilter filter, int page) {
		List<Object> arguments = new ArrayList<>();
		String where = where(workspaceId, zone, filter, arguments);
		long total = jdbc.queryForObject("select count(*) from feedback_answer" + where, Long.class,
				arguments.toArray());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(1, page), pages);
		String sql = "select answered_at, metric, score, touchpoint_id, channel, segment, comment from feedback_answer"
				+ where + " order by answered_at desc, id desc offset " + (long) (shown - 1) * PAGE_SIZE
				+ " rows fetch next " + PAGE_SIZE + " rows only";
		List<Comment> comments = jdbc.query(sql,
				(rs, row) -> new Comment(rs.getTimestamp(1).toInstant(), Metric.valueOf(rs.getString(2)), rs.getInt(3),
						rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7)),
				arguments.toArray());
		return new Comments(comments, total, shown, pages);
	}

	private static String where(UUID workspaceId, ZoneId zone, CommentFilter filter, List<Object> arguments) {
		StringBuilder sql = new StringBuilder(" where workspace_id = ? and comment is not null");
		arguments.add(workspaceId);
		if (filter.metric() != null) {
			sql.append(" and metric = ?");
			arguments.add(filter.metric().name());
		}
		if (filter.minScore() != null) {
			sql.append(" and score >= ?");
			arguments.add(filter.minScore());
		}
		if (filter.maxScore() != null) {
			sql.append(" and score <= ?");
			arguments.add(filter.maxScore());
		}
		if (filter.touchpointId() != null) {
			sql.append(" and touchpoint_id = ?");
			arguments.add(filter.touchpointId());
		}
		if (filter.channel() != null) {
			sql.append(" and channel = ?");
			arguments.add(filter.channel());
		}
		if (filter.segment() != null) {
			sql.append(" and segment = ?");
			arguments.add(filter.segment());
		}
		if (filter.text() != null) {
			sql.append(" and lower(comment) like ? escape '\\'");
			arguments.add("%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		if (filter.from() != null) {
			sql.append(" and answered_at >= ?");
			arguments.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and answered_at < ?");
			arguments.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return sql.toString();
	}
}
