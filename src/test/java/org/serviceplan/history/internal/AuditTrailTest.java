package org.serviceplan.history.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.shared.RecordType;
import org.serviceplan.shared.RecordTypes;
import org.serviceplan.workspace.internal.OrgChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	TestCompanies companies;

	@Autowired
	OrgChart orgChart;

	@Autowired
	AuditTrail trail;

	@Autowired
	MessageSource messages;

	@Autowired
	RecordTypes types;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeOfATenantRecordIsWrittenWithItsWorkspaceAndClosesTheRowBefore() {
		var company = companies.company("Клиника Аудит");
		var id = TenantContext.inWorkspace(company.id(), () -> orgChart.addDepartment("Ресепшн", null)).id();
		TenantContext.inWorkspace(company.id(), () -> orgChart.changeDepartment(id, "Регистратура", null, 0L));
		TenantContext.inWorkspace(company.id(), () -> orgChart.removeDepartment(id));

		var rows = jdbc.queryForList("select a.rev, a.revtype, a.revend, a.workspace_id, a.name, r.workspace_id as stamped"
				+ " from department_aud a join revision r on r.id = a.rev where a.id = ? order by a.rev", id);
		assertThat(rows).extracting(r -> r.get("revtype"), r -> r.get("workspace_id"), r -> r.get("name"),
				r -> r.get("stamped"))
			.containsExactly(tuple(0, company.id(), "Ресепшн", company.id()),
					tuple(1, company.id(), "Регистратура", company.id()),
					tuple(2, company.id(), "Регистратура", company.id()));
		assertThat(rows.get(0).get("revend")).isEqualTo(rows.get(1).get("rev"));
		assertThat(rows.get(1).get("revend")).isEqualTo(rows.get(2).get("rev"));
		assertThat(rows.get(2).get("revend")).isNull();
	}

	@Test
	void aNewWorkspacesFirstRevisionBelongsToIt() {
		var company = companies.company("Клиника Начало");

		assertThat(jdbc.queryForObject("select r.workspace_id from workspace_aud a join revision r on r.id = a.rev"
				+ " where a.id = ? and a.revtype = 0", java.util.UUID.class, company.id())).isEqualTo(company.id());
	}

	RecordType type(String key) {
		return types.ofKey(key).orElseThrow();
	}

	@Test
	void showsTheAuditedFieldsInTheirOrderWithoutVersionOrWorkspaceColumn() {
		assertThat(trail.shownFields(type("workspace"))).containsExactly("name", "industry", "timezone", "currency");
		assertThat(trail.shownFields(type("department"))).containsExactly("parentId", "name");
		assertThat(trail.shownFields(type("person"))).containsExactly("name", "email", "role", "departmentId",
				"positionId", "status");
		assertThat(trail.shownFields(type("checkpoint"))).as("a child's link to its plan is not a field")
			.containsExactly("date", "title", "closedAt", "closedBy", "closingComment");
	}

	@Test
	void everyShownFieldIsNamedInBothLanguages() {
		assertThat(types.all()).extracting(RecordType::key)
			.containsExactly("workspace", "department", "position", "person", "plan", "goal", "checkpoint", "task", "journey",
					"stage", "zone", "element", "touchpoint", "pain", "idea", "idef0",
					"target");
		for (RecordType type : types.all()) {
			for (String field : trail.shownFields(type)) {
				for (Locale locale : new Locale[] { Locale.forLanguageTag("ru"), Locale.ENGLISH }) {
					assertThat(messages.getMessage("history.field." + type.key() + "." + field, null, null, locale))
						.as("%s.%s in %s", type.key(), field, locale)
						.isNotBlank();
				}
			}
			assertThat(messages.getMessage("history.type." + type.key(), null, null, Locale.ENGLISH)).isNotBlank();
		}
	}
}
