package org.serviceplan.workspace.web;

import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PositionRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JsonMapper json;

	@Test
	void addsListsReadsRenamesAndDeletesPositions() throws Exception {
		Company clinic = companies.company("Клиника Должности");
		String token = companies.token(clinic.owner());
		String body = mvc.perform(apiPost(token, "{\"name\": \"Администратор\"}", "/api/v1/workspaces/{ws}/positions",
				clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.containsString("/positions/")))
			.andExpect(jsonPath("$.name").value("Администратор"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(body).get("id").asString();
		mvc.perform(apiPost(token, "{\"name\": \"Врач-стоматолог\"}", "/api/v1/workspaces/{ws}/positions", clinic.id()))
			.andExpect(status().isCreated());

		mvc.perform(apiGet(companies.token(clinic.join(Role.AUDITOR)), "/api/v1/workspaces/{ws}/positions",
				clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(Matchers.contains("Администратор", "Врач-стоматолог")));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.name").value("Администратор"));
		mvc.perform(apiPatch(token, "{\"name\": \"Старший администратор\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Старший администратор"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(token, "{\"version\": 1}", "/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Старший администратор"));
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id))
			.andExpect(status().isNoContent());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesADuplicateName() throws Exception {
		Company clinic = companies.company("Клиника Дубль");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPost(token, "{\"name\": \"Администратор\"}", "/api/v1/workspaces/{ws}/positions", clinic.id()));
		mvc.perform(apiPost(token, "{\"name\": \"администратор\"}", "/api/v1/workspaces/{ws}/positions", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Должность «администратор» уже есть."));
		mvc.perform(apiPost(token, "{\"name\": \"АДМИНИСТРАТОР\"}", "/api/v1/workspaces/{ws}/positions", clinic.id())
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Position \"АДМИНИСТРАТОР\" already exists."));
	}

	@Test
	void refusesToDeleteAPositionPeopleHold() throws Exception {
		Company clinic = companies.company("Клиника Занятая должность");
		String token = companies.token(clinic.owner());
		String body = mvc.perform(apiPost(token, """
				{"name": "Ольга", "email": "olga-%s@test.serviceplan", "role": "EMPLOYEE", "position": "Кассир"}"""
			.formatted(UUID.randomUUID()), "/api/v1/workspaces/{ws}/people", clinic.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String position = json.readTree(body).get("positionId").asString();
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), position))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Нельзя удалить должность «Кассир»: она назначена сотрудникам."));
	}

	@Test
	void employeesMayNotManagePositions() throws Exception {
		Company clinic = companies.company("Клиника Без прав");
		mvc.perform(apiPost(companies.token(clinic.join(Role.EMPLOYEE)), "{\"name\": \"Директор\"}",
				"/api/v1/workspaces/{ws}/positions", clinic.id()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherCompanysPositionIsNotFound() throws Exception {
		Company clinic = companies.company("Клиника Своя должность");
		String body = mvc.perform(apiPost(companies.token(clinic.owner()), "{\"name\": \"Администратор\"}",
				"/api/v1/workspaces/{ws}/positions", clinic.id())).andReturn().getResponse().getContentAsString();
		String id = json.readTree(body).get("id").asString();
		Company other = companies.company("Клиника Чужая должность");
		String intruder = companies.token(other.owner());
		mvc.perform(apiGet(intruder, "/api/v1/workspaces/{ws}/positions/{id}", other.id(), id))
			.andExpect(status().isNotFound());
		mvc.perform(apiPatch(intruder, "{\"name\": \"Захват\", \"version\": 0}", "/api/v1/workspaces/{ws}/positions/{id}",
				other.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiDelete(intruder, "/api/v1/workspaces/{ws}/positions/{id}", other.id(), id))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		Company clinic = companies.company("Клиника Старая должность");
		String token = companies.token(clinic.owner());
		String body = mvc.perform(apiPost(token, "{\"name\": \"Кассир\"}", "/api/v1/workspaces/{ws}/positions",
				clinic.id())).andReturn().getResponse().getContentAsString();
		String id = json.readTree(body).get("id").asString();
		mvc.perform(apiPatch(token, "{\"name\": \"Старший кассир\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id)).andExpect(status().isOk());
		mvc.perform(apiPatch(token, "{\"name\": \"Главный кассир\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/positions/{id}", clinic.id(), id)).andExpect(status().isConflict());
	}
}
