package org.serviceplan.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Audit rows written before the validity strategy and data at delete were on are repaired by V2. */
class AuditRowsMigrationTest {

	private final SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:old-audit-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
			"sa", "");
	private final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void closesOldRowsAndGivesOldDeletionsTheRecordsLastState() {
		migrateTo("1");
		UUID workspace = UUID.randomUUID();
		UUID department = UUID.randomUUID();
		jdbc.update("insert into workspace (id, name, timezone, currency, created_at) values (?, 'Клиника', 'UTC', 'RUB', now())",
				workspace);
		for (int rev = 1; rev <= 3; rev++) {
			jdbc.update("insert into revision (id, revision_at, workspace_id) values (?, now(), ?)", rev, workspace);
		}
		jdbc.update("insert into department_aud (id, rev, revtype, workspace_id, name) values (?, 1, 0, ?, 'Ресепшн')",
				department, workspace);
		jdbc.update("insert into department_aud (id, rev, revtype, workspace_id, name) values (?, 2, 1, ?, 'Регистратура')",
				department, workspace);
		jdbc.update("insert into department_aud (id, rev, revtype) values (?, 3, 2)", department);

		migrateTo("2");

		assertThat(jdbc.queryForList("select rev, revend, workspace_id, name from department_aud order by rev"))
			.extracting(row -> row.get("revend"), row -> row.get("workspace_id"), row -> row.get("name"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, workspace, "Ресепшн"),
					org.assertj.core.groups.Tuple.tuple(3L, workspace, "Регистратура"),
					org.assertj.core.groups.Tuple.tuple(null, workspace, "Регистратура"));
	}

	private void migrateTo(String version) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
	}
}
