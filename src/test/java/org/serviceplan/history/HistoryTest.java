package org.serviceplan.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HistoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	OrgChart orgChart;

	@Autowired
	Staffing staffing;

	@Test
	void creatingRenamingAndDeletingADepartmentAreThreeEntriesByWhoeverDidIt() throws Exception {
		var company = companies.company("Клиника История");
		var owner = company.owner();
		mvc.perform(post("/w/{ws}/departments", company.id()).param("name", "Ресепшн").with(user(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = department(company, "Ресепшн").id();
		mvc.perform(post("/w/{ws}/departments/{id}", company.id(), id).param("name", "Регистратура")
			.param("version", "0")
			.with(user(owner))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/{ws}/departments/{id}/delete", company.id(), id).with(user(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/workspaces/{ws}/history/department/{id}", company.id(), id).header(
				HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("deleted", "changed", "created")))
			.andExpect(jsonPath("$[*].actor.name").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(owner.name()))))
			.andExpect(jsonPath("$[0].actor.accountId").value(owner.accountId().toString()))
			.andExpect(jsonPath("$[0].recordName").value("Регистратура"))
			.andExpect(jsonPath("$[0].changes.length()").value(0))
			.andExpect(jsonPath("$[1].changes.length()").value(1))
			.andExpect(jsonPath("$[1].changes[0].field").value("name"))
			.andExpect(jsonPath("$[1].changes[0].old").value("Ресепшн"))
			.andExpect(jsonPath("$[1].changes[0].new").value("Регистратура"))
			.andExpect(jsonPath("$[2].changes[0].field").value("name"))
			.andExpect(jsonPath("$[2].changes[0].new").value("Ресепшн"))
			.andExpect(jsonPath("$[0].at").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*\\+03:00")));

		mvc.perform(get("/w/{ws}/history/department/{id}", company.id(), id).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Подразделение «Регистратура»: история изменений")))
			.andExpect(content().string(containsString("<del>Ресепшн</del>")))
			.andExpect(content().string(containsString("<ins>Регистратура</ins>")))
			.andExpect(content().string(containsString("Удаление")))
			.andExpect(content().string(containsString(owner.name())))
			.andExpect(content().string(matchesPattern("(?s).*>\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d<.*")));
	}

	@Test
	void aRoleChangeIsShownWithTheRolesNamesAndTheDepartmentByName() throws Exception {
		var company = companies.company("Клиника Роли История");
		companies.join(company, Role.EMPLOYEE);
		var reception = TenantContext.inWorkspace(company.id(), () -> orgChart.addDepartment("Ресепшн", null));
		Person employee = TenantContext.inWorkspace(company.id(),
				() -> staffing.people().stream().filter(p -> p.role() == Role.EMPLOYEE).findFirst().orElseThrow());
		as(company.owner(), () -> TenantContext.inWorkspace(company.id(),
				() -> staffing.update(company.ownerMember(), employee.id(),
						new PersonDetails(employee.name(), employee.email(), Role.AUDITOR, reception.id(), null), null)));

		mvc.perform(get("/w/{ws}/history/person/{id}", company.id(), employee.id()).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>Сотрудник</del>")))
			.andExpect(content().string(containsString("<ins>Аудитор</ins>")))
			.andExpect(content().string(containsString("<ins>Ресепшн</ins>")))
			.andExpect(content().string(not(containsString(reception.id().toString()))));
		mvc.perform(get("/w/{ws}/history/person/{id}", company.id(), employee.id()).with(user(company.owner()))
			.cookie(new Cookie("serviceplan-lang", "en")))
			.andExpect(content().string(containsString("<del>Employee</del>")))
			.andExpect(content().string(containsString("<ins>Auditor</ins>")));
		mvc.perform(get("/api/v1/workspaces/{ws}/history/person/{id}", company.id(), employee.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(company.owner())))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'role')].old").value("EMPLOYEE"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'role')].new").value("AUDITOR"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'departmentId')].new").value(reception.id().toString()));
	}

	@Test
	void employeesMayNotReadHistory() throws Exception {
		var company = companies.company("Клиника Без Истории");
		var employee = company.join(Role.EMPLOYEE);
		mvc.perform(get("/w/{ws}/history", company.id()).with(user(employee))).andExpect(status().isForbidden());
		mvc.perform(get("/w/{ws}/history/workspace/{id}", company.id(), company.id()).with(user(employee)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(employee))).andExpect(status().isForbidden());
	}

	@Test
	void executivesReadHistoryAndSeeTheLinkOnADepartment() throws Exception {
		var company = companies.company("Клиника Руководитель");
		var executive = company.join(Role.EXECUTIVE);
		var reception = TenantContext.inWorkspace(company.id(), () -> orgChart.addDepartment("Ресепшн", null));
		mvc.perform(get("/w/{ws}/departments/{id}", company.id(), reception.id()).with(user(executive)))
			.andExpect(content().string(containsString(
					"/w/" + company.id() + "/history/department/" + reception.id())));
		mvc.perform(get("/w/{ws}/history/department/{id}", company.id(), reception.id()).with(user(executive)))
			.andExpect(status().isOk());
		var head = company.join(Role.SERVICE_HEAD);
		mvc.perform(get("/w/{ws}/departments/{id}", company.id(), reception.id()).with(user(head)))
			.andExpect(content().string(not(containsString("/history/department/"))));
	}

	@Test
	void anotherWorkspacesRecordHistoryIsNotFound() throws Exception {
		var a = companies.company("Клиника А");
		var b = companies.company("Клиника Б");
		var secret = TenantContext.inWorkspace(a.id(), () -> orgChart.addDepartment("Секретный отдел", null));
		String bToken = companies.token(b.owner());

		mvc.perform(get("/w/{ws}/history/department/{id}", b.id(), secret.id()).with(user(b.owner())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/w/{ws}/history/workspace/{id}", b.id(), a.id()).with(user(b.owner())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/workspaces/{ws}/history/department/{id}", b.id(), secret.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + bToken)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/workspaces/{ws}/history/person/{id}", b.id(), a.ownerMember().personId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + bToken)).andExpect(status().isNotFound());
	}

	@Test
	void aWorkspacesHistoryNeverListsAnotherWorkspacesChanges() throws Exception {
		var a = companies.company("Клиника Чужая");
		var b = companies.company("Клиника Своя");
		TenantContext.inWorkspace(a.id(), () -> orgChart.addDepartment("Чужой отдел", null));
		TenantContext.inWorkspace(b.id(), () -> orgChart.addDepartment("Свой отдел", null));

		mvc.perform(get("/w/{ws}/history", b.id()).with(user(b.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Свой отдел")))
			.andExpect(content().string(not(containsString("Чужой отдел"))))
			.andExpect(content().string(not(containsString("Клиника Чужая"))));
		mvc.perform(get("/api/v1/workspaces/{ws}/history", b.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(b.owner())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(3))
			.andExpect(jsonPath("$.entries[*].recordName").value(org.hamcrest.Matchers.containsInAnyOrder(
					"Свой отдел", "Клиника Своя", b.owner().name())))
			.andExpect(jsonPath("$.older").value(false));
	}

	@Test
	void aNewWorkspaceStartsItsHistoryAsSystemDataWhenNobodyIsLoggedIn() throws Exception {
		var company = companies.company("Клиника Старт");
		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id()).param("type", "workspace")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(company.owner())))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].action").value("created"))
			.andExpect(jsonPath("$.entries[0].actor.name").value("system"))
			.andExpect(jsonPath("$.entries[0].actor.accountId").doesNotExist())
			.andExpect(jsonPath("$.entries[0].changes[?(@.field == 'timezone')].new").value("Europe/Moscow"));
		mvc.perform(get("/w/{ws}/history", company.id()).with(user(company.owner())))
			.andExpect(content().string(containsString("Система")));
	}

	@Test
	void joiningByInvitationIsRecordedAsDoneByThePersonWhoJoined() throws Exception {
		var company = companies.company("Клиника Приглашение");
		var employee = company.join(Role.EMPLOYEE);
		String personId = companies.member(company.id(), employee).personId().toString();
		mvc.perform(get("/api/v1/workspaces/{ws}/history/person/{id}", company.id(), personId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(company.owner())))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].actor.accountId").value(employee.accountId().toString()))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'status')].new").value("ACTIVE"));
		assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the joiner's identity does not linger")
			.isNull();
	}

	@Test
	void aLongHistoryComesInPagesOfFiftyAndFilters() throws Exception {
		var company = companies.company("Клиника Много");
		for (int i = 1; i <= 54; i++) {
			String name = "Отдел " + i;
			TenantContext.inWorkspace(company.id(), () -> orgChart.addDepartment(name, null));
		}
		as(company.owner(), () -> TenantContext.inWorkspace(company.id(), () -> orgChart.addDepartment("Отдел владельца", null)));
		String token = "Bearer " + companies.token(company.owner());

		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id()).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.entries.length()").value(50))
			.andExpect(jsonPath("$.entries[0].recordName").value("Отдел владельца"))
			.andExpect(jsonPath("$.older").value(true));
		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id()).param("page", "1")
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.entries.length()").value(7))
			.andExpect(jsonPath("$.entries[6].type").value("workspace"))
			.andExpect(jsonPath("$.older").value(false));
		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id()).param("type", "person")
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(jsonPath("$.entries.length()").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/history", company.id())
			.param("by", company.owner().accountId().toString())
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].recordName").value("Отдел владельца"));
		mvc.perform(get("/w/{ws}/history", company.id()).with(user(company.owner())))
			.andExpect(content().string(containsString("page=1")));
		mvc.perform(get("/w/{ws}/history", company.id()).param("type", "nonsense").with(user(company.owner())))
			.andExpect(status().isBadRequest());
	}

	private Department department(Company company, String name) {
		return TenantContext.inWorkspace(company.id(), () -> orgChart.tree()
			.nodes()
			.stream()
			.map(n -> n.department())
			.filter(d -> d.name().equals(name))
			.findFirst()
			.orElseThrow());
	}

	/** Runs a change as if this user made it, the way a request would. */
	private static <T> T as(CurrentUser user, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
