package org.serviceplan.feedback.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.serviceplan.feedback.NewAnswer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's bulk path: the batch goes by {@code COPY} into a temporary staging table, then one statement moves
 * it into the answers ({@code ON CONFLICT DO NOTHING} drops known externalIds) and adds exactly the rows it
 * inserted to the day and month cubes — all in the batch's transaction. A batch of one goes the portable way.
 */
class PostgresAnswerStore implements AnswerStore {

	private static final String COLUMNS = "metric, score, answered_at, touchpoint_id, channel, segment, customer_ref, "
			+ "comment, external_id, survey_id";

	private static final String STAGING = "create temporary table if not exists feedback_staging (metric varchar(4), "
			+ "score smallint, answered_at timestamp with time zone, touchpoint_id uuid, channel varchar(40), "
			+ "segment varchar(100), customer_ref varchar(200), comment text, external_id varchar(200), survey_id uuid) "
			+ "on commit delete rows";

	private static final String COUNTS = IntStream.rangeClosed(0, 10)
		.mapToObj(i -> "count(*) filter (where score = " + i + ") as s" + i)
		.collect(Collectors.joining(", "));

	private static final String SUMS = IntStream.rangeClosed(0, 10)
		.mapToObj(i -> "sum(s" + i + ")")
		.collect(Collectors.joining(", "));

	private static final String MOVE = "with fresh as (insert into feedback_answer (workspace_id, " + COLUMNS + ") "
			+ "select ?, " + COLUMNS + " from feedback_staging order by external_id nulls first on conflict do nothing "
			+ "returning metric, score, answered_at, touchpoint_id, channel, segment), "
			+ "cells as (select metric, cast(answered_at at time zone ? as date) as bucket, "
			+ "coalesce(touchpoint_id, '00000000-0000-0000-0000-000000000000') as touchpoint_id, "
			+ "coalesce(channel, '') as channel, coalesce(segment, '') as segment, " + COUNTS
			+ " from fresh group by 1, 2, 3, 4, 5), "
			+ "daily as (insert into feedback_daily (" + RollupUpserts.KEY + ", " + RollupUpserts.SCORES + ") "
			+ "select ?, metric, bucket, touchpoint_id, channel, segment, " + RollupUpserts.SCORES
			+ " from cells order by 2, 3, 4, 5, 6 on conflict (" + RollupUpserts.KEY + ") do update set "
			+ RollupUpserts.increments("feedback_daily") + "), "
			+ "monthly as (insert into feedback_monthly (" + RollupUpserts.KEY + ", " + RollupUpserts.SCORES + ") "
			+ "select ?, metric, cast(date_trunc('month', bucket) as date), touchpoint_id, channel, segment, " + SUMS
			+ " from cells group by 2, 3, 4, 5, 6 order by 2, 3, 4, 5, 6 on conflict (" + RollupUpserts.KEY
			+ ") do update set " + RollupUpserts.increments("feedback_monthly") + ") "
			+ "select count(*) from fresh";

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final PortableAnswerStore single;

	PostgresAnswerStore(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.single = new PortableAnswerStore(jdbc, transactions, true);
	}

	@Override
	public long store(UUID workspaceId, ZoneId zone, List<NewAnswer> batch, boolean durable) {
		if (batch.size() <= 1) {
			return single.store(workspaceId, zone, batch, durable);
		}
		StringBuilder rows = new StringBuilder(batch.size() * 120);
		for (NewAnswer answer : batch) {
			row(rows, answer);
		}
		Long stored = transactions.execute(status -> {
			if (!durable) {
				jdbc.execute("set local synchronous_commit = off");
			}
			jdbc.execute(STAGING);
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy feedback_staging (" + COLUMNS + ") from stdin", new StringReader(rows.toString()));
			}
			catch (SQLException | java.io.IOException e) {
				throw new DataAccessResourceFailureException("COPY of feedback answers failed", e);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
			return jdbc.queryForObject(MOVE, Long.class, workspaceId, zone.getId(), workspaceId, workspaceId);
		});
		return stored == null ? 0 : stored;
	}

	/** One line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
	private static void row(StringBuilder out, NewAnswer answer) {
		out.append(answer.metric().name()).append('\t').append(answer.score()).append('\t')
			.append(answer.answeredAt()).append('\t');
		nullable(out, answer.touchpointId() == null ? null : answer.touchpointId().toString());
		out.append('\t');
		text(out, answer.channel());
		out.append('\t');
		text(out, answer.segment());
		out.append('\t');
		text(out, answer.customerRef());
		out.append('\t');
		text(out, answer.comment());
		out.append('\t');
		text(out, answer.externalId());
		out.append('\t');
		nullable(out, answer.surveyId() == null ? null : answer.surveyId().toString());
		out.append('\n');
	}

	private static void nullable(StringBuilder out, String value) {
		out.append(value == null ? "\\N" : value);
	}

	private static void text(StringBuilder out, String value) {
		if (value == null) {
			out.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}
}
