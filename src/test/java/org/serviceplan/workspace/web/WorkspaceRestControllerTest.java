package org.serviceplan.workspace.web;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class WorkspaceRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JsonMapper json;

	@Test
	void listsTheCallersCompaniesWithTheirRole() throws Exception {
		var clinic = companies.company("Клиника Список API");
		var salon = companies.company("Автосалон Список API");
		String token = companies.token(clinic.owner());

		mvc.perform(apiGet(token, "/api/v1/workspaces"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(clinic.id().toString()))
			.andExpect(jsonPath("$[0].name").value("Клиника Список API"))
			.andExpect(jsonPath("$[0].role").value("OWNER"));
		mvc.perform(apiGet(companies.token(salon.join(Role.AUDITOR)), "/api/v1/workspaces"))
			.andExpect(jsonPath("$[0].role").value("AUDITOR"));
	}

	@Test
	void createsACompanyWhoseCreatorIsTheOwner() throws Exception {
		String token = companies.token(companies.company("Клиника Создатель").owner());

		String body = mvc.perform(apiPost(token, """
				{"name": "Стоматология «Улыбка»", "industry": "Медицина"}""", "/api/v1/workspaces"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/workspaces/")))
			.andExpect(jsonPath("$.name").value("Стоматология «Улыбка»"))
			.andExpect(jsonPath("$.industry").value("Медицина"))
			.andExpect(jsonPath("$.timezone").value("Europe/Moscow"))
			.andExpect(jsonPath("$.currency").value("RUB"))
			.andExpect(jsonPath("$.role").value("OWNER"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(body).get("id").asString();

		mvc.perform(apiGet(token, "/api/v1/workspaces"))
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/people", id))
			.andExpect(jsonPath("$[0].role").value("OWNER"));
	}

	@Test
	void refusesACompanyWithoutNameOrWithUnknownTimezone() throws Exception {
		String token = companies.token(companies.company("Клиника Без имени").owner());
		mvc.perform(apiPost(token, "{\"name\": \"\"}", "/api/v1/workspaces"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Поле обязательно для заполнения."));
		mvc.perform(apiPost(token, "{\"name\": \"Клиника\", \"timezone\": \"Mars/Olympus\"}", "/api/v1/workspaces")
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("timezone"))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown time zone \"Mars/Olympus\"."));
	}

	@Test
	void readsACompany() throws Exception {
		var clinic = companies.company("Клиника Чтение");
		mvc.perform(apiGet(companies.token(clinic.join(Role.EMPLOYEE)), "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(clinic.id().toString()))
			.andExpect(jsonPath("$.name").value("Клиника Чтение"))
			.andExpect(jsonPath("$.role").value("EMPLOYEE"))
			.andExpect(jsonPath("$.version").isNumber());
	}

	@Test
	void answers404ForACompanyTheCallerIsNotIn() throws Exception {
		var clinic = companies.company("Клиника Чужая");
		String stranger = companies.token(companies.company("Клиника Посторонний").owner());
		mvc.perform(apiGet(stranger, "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Не найдено"))
			.andExpect(jsonPath("$.detail").value("Запись не найдена."));
		mvc.perform(apiGet(stranger, "/api/v1/workspaces/{ws}", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(apiGet(stranger, "/api/v1/workspaces/{ws}", "not-a-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void patchChangesOnlyTheFieldsSent() throws Exception {
		var clinic = companies.company("Клиника Настройки");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPatch(token, "{\"industry\": \"Медицина\", \"currency\": \"kzt\", \"version\": 0}",
				"/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Клиника Настройки"))
			.andExpect(jsonPath("$.industry").value("Медицина"))
			.andExpect(jsonPath("$.currency").value("KZT"))
			.andExpect(jsonPath("$.timezone").value("Europe/Moscow"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(token, "{\"industry\": null, \"version\": 1}", "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.industry").doesNotExist())
			.andExpect(jsonPath("$.currency").value("KZT"));
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		var clinic = companies.company("Клиника Версия");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPatch(token, "{\"name\": \"Клиника Версия 2\", \"version\": 0}", "/api/v1/workspaces/{ws}",
				clinic.id())).andExpect(status().isOk());
		mvc.perform(apiPatch(token, "{\"name\": \"Клиника Версия 3\", \"version\": 0}", "/api/v1/workspaces/{ws}",
				clinic.id()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.title").value("Конфликт версий"));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(jsonPath("$.name").value("Клиника Версия 2"));
	}

	@Test
	void requiresTheVersionOnPatch() throws Exception {
		var clinic = companies.company("Клиника Без версии");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPatch(token, "{\"name\": \"Клиника\"}", "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Ошибка проверки данных"))
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("Поле обязательно для заполнения."));
		mvc.perform(apiPatch(token, "{\"name\": \"Clinic\"}", "/api/v1/workspaces/{ws}", clinic.id())
			.header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Validation failed"))
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
	}

	@Test
	void onlyTheOwnerChangesSettings() throws Exception {
		var clinic = companies.company("Клиника Права");
		String executive = companies.token(clinic.join(Role.EXECUTIVE));
		mvc.perform(apiPatch(executive, "{\"name\": \"Захват\", \"version\": 0}", "/api/v1/workspaces/{ws}",
				clinic.id()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("Вашей роли это действие не разрешено."));
	}

	@Test
	void answers400ForMalformedJson() throws Exception {
		var clinic = companies.company("Клиника Кривой JSON");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPatch(token, "{\"name\": ", "/api/v1/workspaces/{ws}", clinic.id()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Неверный запрос"));
		mvc.perform(apiPatch(token, "{\"version\": \"первая\"}", "/api/v1/workspaces/{ws}", clinic.id())
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value(endsWith(".")));
	}
}
