package org.serviceplan.feedback.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.serviceplan.feedback.NewAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain JDBC batches: the embedded H2 database, and single answers on PostgreSQL. Which answers were new is read
 * from the batch's update counts, and only those reach the roll-ups.
 */
class PortableAnswerStore implements AnswerStore {

	static final String INSERT = "insert into feedback_answer (workspace_id, metric, score, answered_at, touchpoint_id, "
			+ "channel, segment, customer_ref, comment, external_id, survey_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			+ "on conflict do nothing";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final RollupUpserts rollups;

	PortableAnswerStore(JdbcTemplate jdbc, TransactionTemplate transactions, boolean postgres) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rollups = new RollupUpserts(jdbc, postgres);
	}

	@Override
	public long store(UUID workspaceId, ZoneId zone, List<NewAnswer> batch, boolean durable) {
		if (batch.isEmpty()) {
			return 0;
		}
		Long stored = transactions.execute(status -> {
			int[][] counts = jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, answer) -> {
				ps.setObject(1, workspaceId);
				ps.setString(2, answer.metric().name());
				ps.setInt(3, answer.score());
				ps.setObject(4, OffsetDateTime.ofInstant(answer.answeredAt(), ZoneOffset.UTC));
				uuid(ps, 5, answer.touchpointId());
				ps.setString(6, answer.channel());
				ps.setString(7, answer.segment());
				ps.setString(8, answer.customerRef());
				ps.setString(9, answer.comment());
				ps.setString(10, answer.externalId());
				uuid(ps, 11, answer.surveyId());
			});
			RollupCells cells = new RollupCells();
			long fresh = 0;
			for (int i = 0; i < batch.size(); i++) {
				if (counts[0][i] > 0) {
					cells.add(batch.get(i), zone);
					fresh++;
				}
			}
			rollups.add(workspaceId, cells);
			return fresh;
		});
		return stored == null ? 0 : stored;
	}

	private static void uuid(PreparedStatement ps, int index, UUID value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.OTHER);
		}
		else {
			ps.setObject(index, value);
		}
	}
}
