package org.serviceplan.workspace.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PersonRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JsonMapper json;

	@Test
	void invitesAPersonAndHandsOutTheInvitation() throws Exception {
		Company clinic = companies.company("Клиника Приглашение");
		String token = companies.token(clinic.owner());
		String reception = json.readTree(mvc.perform(apiPost(token, "{\"name\": \"Регистратура\"}",
				"/api/v1/workspaces/{ws}/departments", clinic.id())).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		String email = "anna-" + UUID.randomUUID() + "@test.serviceplan";

		mvc.perform(apiPost(token, """
				{"name": "Анна Смирнова", "email": "%s", "role": "EMPLOYEE", "departmentId": "%s",
				 "position": "Администратор"}""".formatted(email.toUpperCase(), reception),
				"/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/workspaces/" + clinic.id() + "/people/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value("Анна Смирнова"))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.role").value("EMPLOYEE"))
			.andExpect(jsonPath("$.status").value("INVITED"))
			.andExpect(jsonPath("$.departmentId").value(reception))
			.andExpect(jsonPath("$.positionId").isString())
			.andExpect(jsonPath("$.position").value("Администратор"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.invitationCode").isString())
			.andExpect(jsonPath("$.invitationUrl").value(containsString("/invitations/")))
			.andExpect(jsonPath("$.invitationExpiresAt").isString())
			.andExpect(jsonPath("$.invitationMailed").value(false));

		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/positions", clinic.id()))
			.andExpect(jsonPath("$[*].name").value(hasItem("Администратор")));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].email").value(hasItem(email)))
			.andExpect(jsonPath("$[*].invitationCode").isEmpty());
	}

	@Test
	void reusesAnExistingPositionByTitle() throws Exception {
		Company clinic = companies.company("Клиника Та же должность");
		String token = companies.token(clinic.owner());
		JsonNode first = invite(token, clinic, "EMPLOYEE", "\"position\": \"Кассир\"");
		JsonNode second = invite(token, clinic, "EMPLOYEE", "\"position\": \"кассир\"");
		org.assertj.core.api.Assertions.assertThat(second.get("positionId").asString())
			.isEqualTo(first.get("positionId").asString());
	}

	@Test
	void aRefusedInvitationLeavesNoNewPositionBehind() throws Exception {
		Company clinic = companies.company("Клиника Без следа");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPost(token, """
				{"name": "Пётр", "email": "не-почта", "role": "EMPLOYEE", "position": "Охранник"}""",
				"/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/positions", clinic.id()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void namesAnUnknownRoleWithTheAllowedOnes() throws Exception {
		Company clinic = companies.company("Клиника Роль");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPost(token, """
				{"name": "Пётр", "email": "petr@test.serviceplan", "role": "BOSS"}""",
				"/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Допустимые значения: OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR."));
	}

	@Test
	void reportsRuleViolationsInRussianAndEnglish() throws Exception {
		Company clinic = companies.company("Клиника Правила");
		String head = companies.token(clinic.join(Role.SERVICE_HEAD));
		mvc.perform(apiPost(head, """
				{"name": "Новый владелец", "email": "boss-%s@test.serviceplan", "role": "OWNER"}"""
			.formatted(UUID.randomUUID()), "/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Ваша роль не может назначать роль")));
		mvc.perform(apiPost(head, """
				{"name": "", "email": "x-%s@test.serviceplan", "role": "EMPLOYEE"}"""
			.formatted(UUID.randomUUID()), "/api/v1/workspaces/{ws}/people", clinic.id())
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
	}

	@Test
	void changesOnlyTheFieldsSent() throws Exception {
		Company clinic = companies.company("Клиника Правка");
		String token = companies.token(clinic.owner());
		String reception = json.readTree(mvc.perform(apiPost(token, "{\"name\": \"Регистратура\"}",
				"/api/v1/workspaces/{ws}/departments", clinic.id())).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		JsonNode anna = invite(token, clinic, "EMPLOYEE",
				"\"departmentId\": \"" + reception + "\", \"position\": \"Администратор\"");
		String id = anna.get("id").asString();

		mvc.perform(apiPatch(token, "{\"role\": \"SERVICE_HEAD\", \"position\": \"Старший администратор\", "
				+ "\"version\": 0}", "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(anna.get("name").asString()))
			.andExpect(jsonPath("$.email").value(anna.get("email").asString()))
			.andExpect(jsonPath("$.role").value("SERVICE_HEAD"))
			.andExpect(jsonPath("$.departmentId").value(reception))
			.andExpect(jsonPath("$.position").value("Старший администратор"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(token, "{\"departmentId\": null, \"position\": null, \"version\": 1}",
				"/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("SERVICE_HEAD"))
			.andExpect(jsonPath("$.departmentId").doesNotExist())
			.andExpect(jsonPath("$.positionId").doesNotExist())
			.andExpect(jsonPath("$.position").doesNotExist());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void refusesAStaleVersionAndAMissingOne() throws Exception {
		Company clinic = companies.company("Клиника Версия человека");
		String token = companies.token(clinic.owner());
		String id = invite(token, clinic, "EMPLOYEE", null).get("id").asString();
		mvc.perform(apiPatch(token, "{\"name\": \"Анна Петровна\", \"version\": 0}", "/api/v1/workspaces/{ws}/people/{id}",
				clinic.id(), id)).andExpect(status().isOk());
		mvc.perform(apiPatch(token, "{\"name\": \"Анна\", \"version\": 0}", "/api/v1/workspaces/{ws}/people/{id}",
				clinic.id(), id)).andExpect(status().isConflict());
		mvc.perform(apiPatch(token, "{\"name\": \"Анна\"}", "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void removesAPersonButKeepsTheLastOwner() throws Exception {
		Company clinic = companies.company("Клиника Увольнение");
		String token = companies.token(clinic.owner());
		String id = invite(token, clinic, "EMPLOYEE", null).get("id").asString();
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isNoContent());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), id))
			.andExpect(status().isNotFound());

		String owner = companies.member(clinic.id(), clinic.owner()).personId().toString();
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), owner))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("единственный владелец")));
	}

	@Test
	void employeesMayNotInviteOrEdit() throws Exception {
		Company clinic = companies.company("Клиника Рядовой");
		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		String owner = companies.member(clinic.id(), clinic.owner()).personId().toString();
		mvc.perform(apiPost(employee, """
				{"name": "Друг", "email": "friend@test.serviceplan", "role": "EMPLOYEE"}""",
				"/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isForbidden());
		mvc.perform(apiPatch(employee, "{\"role\": \"EMPLOYEE\", \"version\": 0}", "/api/v1/workspaces/{ws}/people/{id}",
				clinic.id(), owner)).andExpect(status().isForbidden());
		mvc.perform(apiDelete(employee, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), owner))
			.andExpect(status().isForbidden());
		mvc.perform(apiGet(employee, "/api/v1/workspaces/{ws}/people", clinic.id())).andExpect(status().isOk());
	}

	@Test
	void anotherCompanysPersonIsNotFound() throws Exception {
		Company clinic = companies.company("Клиника Свои люди");
		String id = invite(companies.token(clinic.owner()), clinic, "EMPLOYEE", null).get("id").asString();
		Company other = companies.company("Клиника Чужие люди");
		String intruder = companies.token(other.owner());
		mvc.perform(apiGet(intruder, "/api/v1/workspaces/{ws}/people/{id}", other.id(), id))
			.andExpect(status().isNotFound());
		mvc.perform(apiPatch(intruder, "{\"name\": \"Захват\", \"version\": 0}", "/api/v1/workspaces/{ws}/people/{id}",
				other.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiDelete(intruder, "/api/v1/workspaces/{ws}/people/{id}", other.id(), id))
			.andExpect(status().isNotFound());
		mvc.perform(apiPost(intruder, "", "/api/v1/workspaces/{ws}/people/{id}/invitation", other.id(), id))
			.andExpect(status().isNotFound());
		mvc.perform(apiGet(intruder, "/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isNotFound());
	}

	@Test
	void invitesAgainWithANewCode() throws Exception {
		Company clinic = companies.company("Клиника Повтор");
		String token = companies.token(clinic.owner());
		JsonNode invited = invite(token, clinic, "AUDITOR", null);
		String oldCode = invited.get("invitationCode").asString();

		mvc.perform(apiPost(token, "", "/api/v1/workspaces/{ws}/people/{id}/invitation", clinic.id(),
				invited.get("id").asString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitationCode").value(not(oldCode)))
			.andExpect(jsonPath("$.role").value("AUDITOR"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/invitations/{code}/accept", oldCode)
			.contentType("application/json")
			.content("{\"password\": \"secret-password\"}"))
			.andExpect(status().isGone());
	}

	private JsonNode invite(String token, Company company, String role, String extra) throws Exception {
		String body = """
				{"name": "Анна Смирнова", "email": "anna-%s@test.serviceplan", "role": "%s"%s}"""
			.formatted(UUID.randomUUID(), role, extra == null ? "" : ", " + extra);
		return json.readTree(mvc.perform(apiPost(token, body, "/api/v1/workspaces/{ws}/people", company.id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
