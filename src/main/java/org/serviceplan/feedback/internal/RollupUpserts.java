package org.serviceplan.feedback.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds roll-up cells to the cubes, each count increased by the increment, so writers on several instances add up
 * instead of overwriting. PostgreSQL says it with {@code ON CONFLICT DO UPDATE}; H2 with {@code MERGE}.
 */
final class RollupUpserts {

	static final String KEY = "workspace_id, metric, bucket, touchpoint_id, channel, segment";
	static final String SCORES = IntStream.rangeClosed(0, 10).mapToObj(i -> "s" + i).collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;
	private final boolean postgres;

	RollupUpserts(JdbcTemplate jdbc, boolean postgres) {
		this.jdbc = jdbc;
		this.postgres = postgres;
	}

	void add(UUID workspaceId, RollupCells cells) {
		if (cells.isEmpty()) {
			return;
		}
		write("feedback_daily", workspaceId, collect(cells, true));
		write("feedback_monthly", workspaceId, collect(cells, false));
	}

	private static List<Map.Entry<RollupCells.Cell, long[]>> collect(RollupCells cells, boolean daily) {
		List<Map.Entry<RollupCells.Cell, long[]>> rows = new ArrayList<>();
		if (daily) {
			cells.eachDaily((cell, counts) -> rows.add(Map.entry(cell, counts)));
		}
		else {
			cells.eachMonthly((cell, counts) -> rows.add(Map.entry(cell, counts)));
		}
		return rows;
	}

	private void write(String table, UUID workspaceId, List<Map.Entry<RollupCells.Cell, long[]>> rows) {
		jdbc.batchUpdate(postgres ? upsert(table) : merge(table), rows, rows.size(), (ps, row) -> {
			RollupCells.Cell cell = row.getKey();
			ps.setObject(1, workspaceId);
			ps.setString(2, cell.metric());
			ps.setDate(3, Date.valueOf(cell.bucket()));
			ps.setObject(4, cell.touchpointId());
			ps.setString(5, cell.channel());
			ps.setString(6, cell.segment());
			for (int i = 0; i < 11; i++) {
				ps.setLong(7 + i, row.getValue()[i]);
			}
		});
	}

	static String upsert(String table) {
		return "insert into " + table + " (" + KEY + ", " + SCORES + ") values (?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (" + KEY + ") do update set " + increments(table);
	}

	static String increments(String table) {
		return IntStream.rangeClosed(0, 10)
			.mapToObj(i -> "s" + i + " = " + table + ".s" + i + " + excluded.s" + i)
			.collect(Collectors.joining(", "));
	}

	private static String merge(String table) {
		String scores = IntStream.rangeClosed(0, 10).mapToObj(i -> "cast(? as bigint)").collect(Collectors.joining(", "));
		return "merge into " + table + " t using (values (cast(? as uuid), cast(? as varchar(4)), cast(? as date), "
				+ "cast(? as uuid), cast(? as varchar(40)), cast(? as varchar(100)), " + scores + ")) s(" + KEY + ", "
				+ SCORES + ") on t.workspace_id = s.workspace_id and t.metric = s.metric and t.bucket = s.bucket "
				+ "and t.touchpoint_id = s.touchpoint_id and t.channel = s.channel and t.segment = s.segment "
				+ "when matched then update set "
				+ IntStream.rangeClosed(0, 10).mapToObj(i -> "s" + i + " = t.s" + i + " + s.s" + i)
					.collect(Collectors.joining(", "))
				+ " when not matched then insert (" + KEY + ", " + SCORES + ") values (s.workspace_id, s.metric, "
				+ "s.bucket, s.touchpoint_id, s.channel, s.segment, "
				+ IntStream.rangeClosed(0, 10).mapToObj(i -> "s.s" + i).collect(Collectors.joining(", ")) + ")";
	}
}
