package org.serviceplan.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PositionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	OrgChart orgChart;

	@Autowired
	Staffing staffing;

	@Test
	void ownerSeesPositionsWithHeadcount() throws Exception {
		var company = companies.company("Клиника Должности");
		JobPosition doctor = inCompany(company, () -> orgChart.addPosition("Врач-терапевт"));
		hold(company, doctor);
		mvc.perform(get("/w/{ws}/positions", company.id()).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(view().name(PositionController.LIST))
			.andExpect(content().string(allOf(containsString("value=\"Врач-терапевт\""), containsString("<td>1</td>"),
					containsString("Новая должность"))));
	}

	@Test
	void employeeSeesPositionsButMayNotChangeThem() throws Exception {
		var company = companies.company("Клиника Должности Сотрудник");
		JobPosition nurse = inCompany(company, () -> orgChart.addPosition("Медсестра"));
		var employee = company.join(Role.EMPLOYEE);
		mvc.perform(get("/w/{ws}/positions", company.id()).with(user(employee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Медсестра"), not(containsString("position-form")))));
		mvc.perform(post("/w/{ws}/positions", company.id()).with(user(employee)).with(csrf()).param("name", "Главврач"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/w/{ws}/positions/{id}", company.id(), nurse.id()).with(user(employee)).with(csrf())
				.param("name", "Старшая медсестра").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/w/{ws}/positions/{id}/delete", company.id(), nurse.id()).with(user(employee)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void addsAPositionAndRefusesADuplicate() throws Exception {
		var company = companies.company("Клиника Новая Должность");
		mvc.perform(post("/w/{ws}/positions", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Администратор"))
			.andExpect(redirectedUrl("/w/" + company.id() + "/positions"))
			.andExpect(flash().attribute("flash", "position.created"));
		mvc.perform(post("/w/{ws}/positions", company.id()).with(user(company.owner())).with(csrf())
				.param("name", " администратор "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "position.duplicate"))
			.andExpect(content().string(containsString("Должность «администратор» уже есть.")));
		mvc.perform(post("/w/{ws}/positions", company.id()).with(user(company.owner())).with(csrf()).param("name", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.required"));
	}

	@Test
	void renamesWithTheVersionAndKeepsTheInputWhenStale() throws Exception {
		var company = companies.company("Клиника Переименование");
		JobPosition position = inCompany(company, () -> orgChart.addPosition("Регистратор"));
		mvc.perform(post("/w/{ws}/positions/{id}", company.id(), position.id()).with(user(company.owner())).with(csrf())
				.param("name", "Старший регистратор").param("version", "0"))
			.andExpect(redirectedUrl("/w/" + company.id() + "/positions"))
			.andExpect(flash().attribute("flash", "position.saved"));
		mvc.perform(post("/w/{ws}/positions/{id}", company.id(), position.id()).with(user(company.owner())).with(csrf())
				.param("name", "Младший регистратор").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("renaming", position.id()))
			.andExpect(content().string(allOf(containsString("Запись уже изменил кто-то другой"),
					containsString("value=\"Младший регистратор\""))));
		assertThat(inCompany(company, () -> orgChart.position(position.id())).name()).isEqualTo("Старший регистратор");
	}

	@Test
	void deletesOnlyAPositionNobodyHolds() throws Exception {
		var company = companies.company("Клиника Удаление Должности");
		JobPosition held = inCompany(company, () -> orgChart.addPosition("Кассир"));
		JobPosition free = inCompany(company, () -> orgChart.addPosition("Гардеробщик"));
		hold(company, held);
		mvc.perform(post("/w/{ws}/positions/{id}/delete", company.id(), held.id()).with(user(company.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/positions"))
			.andExpect(flash().attribute("flashError", "position.delete.hasPeople"));
		mvc.perform(post("/w/{ws}/positions/{id}/delete", company.id(), free.id()).with(user(company.owner())).with(csrf()))
			.andExpect(flash().attribute("flash", "position.deleted"));
		assertThat(inCompany(company, () -> orgChart.positions())).extracting(JobPosition::name).containsExactly("Кассир");
	}

	private void hold(Company company, JobPosition position) {
		var owner = company.ownerMember();
		inCompany(company, () -> staffing.invite(owner, new PersonDetails("Держатель " + position.name(),
				UUID.randomUUID() + "@example.test", Role.EMPLOYEE, null, position.id()), Locale.forLanguageTag("ru")));
	}

	private static <T> T inCompany(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}
}
