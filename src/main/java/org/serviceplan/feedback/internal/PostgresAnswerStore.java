package org.serviceplan.feedback.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.serviceplan.feedback.NewAnswer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * PostgreSQL's bulk path. Imports into one workspace take turns (a transaction-level advisory lock), so each batch
 * can ask which of its externalIds are stored already and {@code COPY} the others straight into the answers, as
 * fast as {@code psql \copy}; the unique index still guards against a twin. The new answers' day cells are
 * counted here and copied to a temporary table; the commit folds those into the day and month cubes with one
 * upsert each, so a cube row is written once per import, not once per batch. Single answers (a survey's) go the
 * portable way and wait for no import.
 */
class PostgresAnswerStore implements AnswerStore {

	private static final String COLUMNS = "workspace_id, metric, score, answered_at, touchpoint_id, channel, segment, "
			+ "customer_ref, comment, external_id, survey_id";

	// integer counts: summing them in the fold takes a quarter of the time bigint sums (numeric inside) take
	private static final String CELLS = "create temporary table if not exists feedback_fresh_cells (metric "
			+ "varchar(4), bucket date, touchpoint_id uuid, channel varchar(40), segment varchar(100), "
			+ IntStream.rangeClosed(0, 10).mapToObj(i -> "s" + i + " integer").collect(Collectors.joining(", "))
			+ ") on commit delete rows";

	private static final String STORED = "select external_id from feedback_answer where workspace_id = ? "
			+ "and external_id = any (?)";

	private static final String SUMS = IntStream.rangeClosed(0, 10)
		.mapToObj(i -> "sum(s" + i + ") as s" + i)
		.collect(Collectors.joining(", "));

	// no ORDER BY: imports take turns, and a single answer locks one day cell and one month cell
	private static final String FOLD = "with cells as (select metric, bucket, touchpoint_id, channel, segment, " + SUMS
			+ " from feedback_fresh_cells group by 1, 2, 3, 4, 5), "
			+ "daily as (insert into feedback_daily (" + RollupUpserts.KEY + ", " + RollupUpserts.SCORES + ") "
			+ "select ?, * from cells on conflict (" + RollupUpserts.KEY + ") do update set "
			+ RollupUpserts.increments("feedback_daily") + ") "
			+ "insert into feedback_monthly (" + RollupUpserts.KEY + ", " + RollupUpserts.SCORES + ") "
			+ "select ?, metric, cast(date_trunc('month', bucket) as date), touchpoint_id, channel, segment, " + SUMS
			+ " from cells group by 2, 3, 4, 5, 6 on conflict (" + RollupUpserts.KEY + ") do update set "
			+ RollupUpserts.increments("feedback_monthly");

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final PlatformTransactionManager transactions;
	private final PortableAnswerStore single;
	private final int heldCells;

	PostgresAnswerStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			int heldCells) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.single = new PortableAnswerStore(jdbc, transactions, true, heldCells);
		this.heldCells = heldCells;
	}

	@Override
	public Import begin(UUID workspaceId, ZoneId zone) {
		return new ImportTransaction(transactions) {

			private final RollupCells cells = new RollupCells(heldCells);
			private final RollupCells singles = new RollupCells(heldCells);
			private boolean locked;
			private boolean counted;

			@Override
			public long store(List<NewAnswer> batch) {
				List<NewAnswer> answers = firstOfEachExternalId(batch);
				List<String> externalIds = answers.stream().map(NewAnswer::externalId).filter(Objects::nonNull).toList();
				if (!locked && (answers.size() > 1 || !externalIds.isEmpty())) {
					jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class,
							workspaceId.getMostSignificantBits() ^ workspaceId.getLeastSignificantBits());
					locked = true;
				}
				if (answers.size() <= 1) {
					return single.insert(workspaceId, zone, answers, singles);
				}
				if (!externalIds.isEmpty()) {
					Set<String> stored = new HashSet<>(jdbc.queryForList(STORED, String.class, workspaceId,
							externalIds.toArray(String[]::new)));
					if (!stored.isEmpty()) {
						answers = answers.stream().filter(a -> !stored.contains(a.externalId())).toList();
					}
				}
				copyAnswers(workspaceId, answers, answer -> cells.add(answer, zone));
				if (cells.isFull()) {
					copyCells(cells);
				}
				return answers.size();
			}

			@Override
			void addToRollups() {
				single.addToRollups(workspaceId, singles);
				if (!cells.isEmpty()) {
					copyCells(cells);
				}
				if (counted) {
					// the fold groups every cell of the import at once; let it do so in memory
					jdbc.execute("set local work_mem = '64MB'");
					jdbc.update(FOLD, workspaceId, workspaceId);
				}
			}

			private void copyCells(RollupCells cells) {
				if (!counted) {
					jdbc.execute(CELLS);
					counted = true;
				}
				copy("feedback_fresh_cells", rows -> cells.eachDailyUnordered((cell, counts) -> {
					rows.value(cell.metric()).next().value(cell.bucket()).next().id(cell.touchpointId()).next()
						.text(cell.channel()).next().text(cell.segment());
					for (long count : counts) {
						rows.next().number(count);
					}
					rows.endRow();
				}));
				cells.clear();
			}
		};
	}

	/** Keeps the first answer of each externalId, as the unique index would. */
	private static List<NewAnswer> firstOfEachExternalId(List<NewAnswer> batch) {
		Set<String> seen = new HashSet<>();
		List<NewAnswer> first = new ArrayList<>(batch.size());
		for (NewAnswer answer : batch) {
			if (answer.externalId() == null || seen.add(answer.externalId())) {
				first.add(answer);
			}
		}
		return first;
	}

	/** Sends the answers, counting each while the database takes in the ones before. */
	private void copyAnswers(UUID workspaceId, List<NewAnswer> answers, Consumer<NewAnswer> counted) {
		copy("feedback_answer (" + COLUMNS + ")", rows -> {
			for (NewAnswer answer : answers) {
				rows.id(workspaceId).next().value(answer.metric().name()).next().number(answer.score()).next()
					.instant(answer.answeredAt()).next().id(answer.touchpointId()).next()
					.text(answer.channel()).next().text(answer.segment()).next().text(answer.customerRef()).next()
					.text(answer.comment()).next().text(answer.externalId()).next().id(answer.surveyId());
				rows.endRow();
				counted.accept(answer);
			}
		});
	}

	private void copy(String target, Consumer<CopyRows> writer) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (CopyRows rows = new CopyRows(connection, target)) {
			writer.accept(rows);
			rows.finish();
		}
		catch (CopyRows.CopyFailed e) {
			throw translated(target, e.getCause());
		}
		catch (SQLException e) {
			throw translated(target, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private RuntimeException translated(String target, SQLException e) {
		RuntimeException translated = jdbc.getExceptionTranslator().translate("COPY into " + target, null, e);
		return translated != null ? translated : new DataAccessResourceFailureException("COPY into " + target, e);
	}
}
