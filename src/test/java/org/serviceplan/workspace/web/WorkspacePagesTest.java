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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.internal.JpaWorkspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WorkspacePagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Workspaces workspaces;
	@Autowired
	JpaWorkspaces details;

	@Test
	void consultantCreatesASecondCompanyAndBecomesItsOwner() throws Exception {
		var clinic = companies.company("Клиника Консалтинг");
		var consultant = clinic.join(Role.FACILITATOR);
		mvc.perform(post("/workspaces").with(user(consultant)).with(csrf()).param("name", "Салон «Мечта»")
			.param("industry", "Красота").param("timezone", "Asia/Yekaterinburg").param("currency", "RUB"))
			.andExpect(redirectedUrlPattern("/w/*"));
		assertThat(workspaces.of(consultant.accountId())).extracting(w -> w.name() + ":" + w.role())
			.containsExactly("Клиника Консалтинг:FACILITATOR", "Салон «Мечта»:OWNER");
	}

	@Test
	void switcherListsEveryCompanyOfTheUser() throws Exception {
		var clinic = companies.company("Клиника Переключатель");
		var consultant = clinic.join(Role.FACILITATOR);
		mvc.perform(post("/workspaces").with(user(consultant)).with(csrf()).param("name", "Автосервис «Мотор»"));
		mvc.perform(get("/w/{ws}", clinic.id()).with(user(consultant)))
			.andExpect(content().string(allOf(containsString("Клиника Переключатель"), containsString("Автосервис «Мотор»"))));
	}

	@Test
	void startPageOpensTheCompanyWorkedInLast() throws Exception {
		var clinic = companies.company("Клиника Последняя");
		mvc.perform(get("/w/{ws}", clinic.id()).with(user(clinic.owner()))).andExpect(status().isOk());
		mvc.perform(get("/").with(user(clinic.owner()))).andExpect(redirectedUrl("/w/" + clinic.id()));
	}

	@Test
	void ownerChangesTimezoneAndCurrency() throws Exception {
		var clinic = companies.company("Клиника Настройки");
		mvc.perform(post("/w/{ws}/settings", clinic.id()).with(user(clinic.owner())).with(csrf())
			.param("name", "Клиника Настройки").param("timezone", "Asia/Almaty").param("currency", "KZT").param("version", "0"))
			.andExpect(redirectedUrl("/w/" + clinic.id() + "/settings"));
		assertThat(details.get(clinic.id()).currency().getCurrencyCode()).isEqualTo("KZT");
		assertThat(details.get(clinic.id()).timezone().getId()).isEqualTo("Asia/Almaty");
	}

	@Test
	void unknownTimezoneIsRefusedNamingTheField() throws Exception {
		var clinic = companies.company("Клиника Пояс");
		mvc.perform(post("/w/{ws}/settings", clinic.id()).with(user(clinic.owner())).with(csrf())
			.param("name", "Клиника Пояс").param("timezone", "Mars/Olympus").param("currency", "RUB").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Неизвестный часовой пояс «Mars/Olympus».")));
		assertThat(details.get(clinic.id()).timezone().getId()).isEqualTo("Europe/Moscow");
	}

	@Test
	void staleSettingsAreRefusedWithTheInputKept() throws Exception {
		var clinic = companies.company("Клиника Конфликт");
		mvc.perform(post("/w/{ws}/settings", clinic.id()).with(user(clinic.owner())).with(csrf())
			.param("name", "Клиника Новая").param("timezone", "Europe/Moscow").param("currency", "RUB").param("version", "0"));
		mvc.perform(post("/w/{ws}/settings", clinic.id()).with(user(clinic.owner())).with(csrf())
			.param("name", "Клиника Устаревшая").param("timezone", "Europe/Moscow").param("currency", "RUB").param("version", "0"))
			.andExpect(content().string(allOf(containsString("Запись уже изменил кто-то другой"),
					containsString("value=\"Клиника Устаревшая\""))));
		assertThat(details.get(clinic.id()).name()).isEqualTo("Клиника Новая");
	}
}
