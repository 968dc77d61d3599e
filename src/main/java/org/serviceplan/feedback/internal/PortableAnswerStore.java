package org.serviceplan.feedback.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.serviceplan.feedback.NewAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Plain JDBC batches: the embedded H2 database, and single answers on PostgreSQL. Which answers were new is read
 * from the batch's update counts, and only those reach the roll-ups. As on PostgreSQL, imports into one workspace
 * take turns, here with a lock in this (the only) instance, so files that share externalIds cannot deadlock.
 */
class PortableAnswerStore implements AnswerStore {

	static final String INSERT = "insert into feedback_answer (workspace_id, metric, score, answered_at, touchpoint_id, "
			+ "channel, segment, customer_ref, comment, external_id, survey_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			+ "on conflict do nothing";

	private final JdbcTemplate jdbc;
	private final PlatformTransactionManager transactions;
	private final RollupUpserts rollups;
	private final int heldCells;
	private final Map<UUID, ReentrantLock> turns = new ConcurrentHashMap<>();

	PortableAnswerStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, boolean postgres, int heldCells) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rollups = new RollupUpserts(jdbc, postgres);
		this.heldCells = heldCells;
	}

	@Override
	public Import begin(UUID workspaceId, ZoneId zone) {
		RollupCells cells = new RollupCells(heldCells);
		ReentrantLock turn = turns.computeIfAbsent(workspaceId, id -> new ReentrantLock());
		return new ImportTransaction(transactions) {

			@Override
			public long store(List<NewAnswer> batch) {
				if (!turn.isHeldByCurrentThread()
						&& (batch.size() > 1 || batch.stream().anyMatch(a -> a.externalId() != null))) {
					turn.lock();
				}
				long stored = insert(workspaceId, zone, batch, cells);
				if (cells.isFull()) {
					rollups.add(workspaceId, cells);
					cells.clear();
				}
				return stored;
			}

			@Override
			void addToRollups() {
				rollups.add(workspaceId, cells);
			}

			@Override
			void ended() {
				if (turn.isHeldByCurrentThread()) {
					turn.unlock();
				}
			}
		};
	}

	/** Inserts the batch in the current transaction and adds the answers that were new to {@code cells}. */
	long insert(UUID workspaceId, ZoneId zone, List<NewAnswer> batch, RollupCells cells) {
		if (batch.isEmpty()) {
			return 0;
		}
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
		long fresh = 0;
		for (int i = 0; i < batch.size(); i++) {
			if (counts[0][i] > 0) {
				cells.add(batch.get(i), zone);
				fresh++;
			}
		}
		return fresh;
	}

	void addToRollups(UUID workspaceId, RollupCells cells) {
		rollups.add(workspaceId, cells);
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
