package org.serviceplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

@IntegrationTest
class SmokeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Test
	void ownerSeesTheCompanyHomeInRussian() throws Exception {
		var company = companies.company("Клиника Смоук");
		mvc.perform(get("/w/{ws}", company.id()).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Клиника Смоук")))
			.andExpect(content().string(Matchers.containsString("Обзор")));
	}

	@Test
	void employeeMayNotOpenSettings() throws Exception {
		var company = companies.company("Клиника Роли");
		var employee = company.join(Role.EMPLOYEE);
		mvc.perform(get("/w/{ws}/settings", company.id()).with(user(employee))).andExpect(status().isForbidden());
	}
}
