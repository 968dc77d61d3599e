package org.serviceplan.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.OrgChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DepartmentPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	OrgChart orgChart;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	@Test
	void serviceHeadAddsASubDepartmentThatShowsUnderItsParent() throws Exception {
		var company = companies.company("Клиника Структура");
		var head = company.join(Role.SERVICE_HEAD);
		Department medical = in(company, () -> orgChart.addDepartment("Медицинский блок", null));
		mvc.perform(post("/w/{ws}/departments", company.id()).with(user(head)).with(csrf())
			.param("name", "Кардиология").param("parentId", medical.id().toString()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/departments"));
		assertThat(in(company, () -> orgChart.tree().path(orgChart.tree().nodes().get(1).department().id())))
			.isEqualTo("Медицинский блок / Кардиология");
	}

	@Test
	void employeeSeesTheTreeButMayNotChangeIt() throws Exception {
		var company = companies.company("Клиника Чтение");
		var employee = company.join(Role.EMPLOYEE);
		in(company, () -> orgChart.addDepartment("Ресепшн", null));
		mvc.perform(get("/w/{ws}/departments", company.id()).with(user(employee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ресепшн")));
		mvc.perform(post("/w/{ws}/departments", company.id()).with(user(employee)).with(csrf()).param("name", "Склад"))
			.andExpect(status().isForbidden());
		assertThat(in(company, () -> orgChart.tree().nodes())).hasSize(1);
	}

	@Test
	void blankNameIsRefusedNextToTheFieldInRussian() throws Exception {
		var company = companies.company("Клиника Пусто");
		mvc.perform(post("/w/{ws}/departments", company.id()).with(user(company.owner())).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(view().name(DepartmentController.LIST))
			.andExpect(content().string(containsString("Поле обязательно для заполнения.")));
	}

	@Test
	void rejectsMovingADepartmentInsideItsOwnChild() throws Exception {
		var company = companies.company("Клиника Цикл");
		Department medical = in(company, () -> orgChart.addDepartment("Медицинский блок", null));
		Department therapy = in(company, () -> orgChart.addDepartment("Терапия", medical.id()));
		mvc.perform(post("/w/{ws}/departments/{id}", company.id(), medical.id()).with(user(company.owner())).with(csrf())
			.param("name", "Медицинский блок").param("parentId", therapy.id().toString()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("не может входить в само себя")));
		assertThat(in(company, () -> orgChart.department(medical.id()).parentId())).isNull();
	}

	@Test
	void staleEditKeepsTheUsersInputAndSaysSomeoneElseChangedIt() throws Exception {
		var company = companies.company("Клиника Версии");
		Department reception = in(company, () -> orgChart.addDepartment("Ресепшн", null));
		in(company, () -> orgChart.changeDepartment(reception.id(), "Регистратура", null, 0L));
		mvc.perform(post("/w/{ws}/departments/{id}", company.id(), reception.id()).with(user(company.owner()))
			.with(csrf()).param("name", "Стойка администратора").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Запись уже изменил кто-то другой"),
					containsString("value=\"Стойка администратора\""))));
		assertThat(in(company, () -> orgChart.department(reception.id()).name())).isEqualTo("Регистратура");
	}

	@Test
	void refusesToDeleteADepartmentThatStillHasSubDepartments() throws Exception {
		var company = companies.company("Клиника Удаление");
		Department medical = in(company, () -> orgChart.addDepartment("Медицинский блок", null));
		in(company, () -> orgChart.addDepartment("Терапия", medical.id()));
		mvc.perform(post("/w/{ws}/departments/{id}/delete", company.id(), medical.id()).with(user(company.owner()))
			.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/departments/" + medical.id()));
		assertThat(in(company, () -> orgChart.tree().nodes())).hasSize(2);
	}

	@Test
	void deletesAnEmptyDepartment() throws Exception {
		var company = companies.company("Клиника Пустой отдел");
		Department storage = in(company, () -> orgChart.addDepartment("Склад", null));
		mvc.perform(post("/w/{ws}/departments/{id}/delete", company.id(), storage.id()).with(user(company.owner()))
			.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/departments"));
		assertThat(in(company, () -> orgChart.tree().nodes())).isEmpty();
	}
}
