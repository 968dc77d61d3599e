package org.serviceplan.workspace.web;

import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InvitationRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JsonMapper json;

	@Test
	void anInvitedPersonJoinsAndGetsATokenWithTheirPassword() throws Exception {
		Company clinic = companies.company("Клиника Новичок");
		String email = "novice-" + UUID.randomUUID() + "@test.serviceplan";
		JsonNode invited = invite(clinic, email);

		mvc.perform(accept(invited.get("invitationCode").asString(),
				"{\"password\": \"Регистратура-2026\", \"name\": \"Анна С.\"}"))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.workspaceId").value(clinic.id().toString()))
			.andExpect(jsonPath("$.workspaceName").value("Клиника Новичок"))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.name").value("Анна С."));

		String token = json.readTree(mvc.perform(post("/api/v1/tokens").with(httpBasic(email, "Регистратура-2026"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Телефон\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("token").asString();
		mvc.perform(apiGet(token, "/api/v1/workspaces"))
			.andExpect(jsonPath("$[0].id").value(clinic.id().toString()))
			.andExpect(jsonPath("$[0].role").value("EMPLOYEE"));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/people/{id}", clinic.id(), invited.get("id").asString()))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void aUsedInvitationIsGone() throws Exception {
		JsonNode invited = invite(companies.company("Клиника Дважды"),
				"twice-" + UUID.randomUUID() + "@test.serviceplan");
		String code = invited.get("invitationCode").asString();
		mvc.perform(accept(code, "{\"password\": \"first-password\"}")).andExpect(status().isCreated());

		mvc.perform(accept(code, "{\"password\": \"second-password\"}"))
			.andExpect(status().isGone())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(410))
			.andExpect(jsonPath("$.title").value("Больше не действует"))
			.andExpect(jsonPath("$.detail").value("Ссылка уже использована или истекла."));
		mvc.perform(accept(code, "{\"password\": \"second-password\"}").header("Accept-Language", "en"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value("The link was already used or has expired."));
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		mvc.perform(accept("no-such-code", "{\"password\": \"some-password\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesAWeakPasswordAndKeepsTheInvitationOpen() throws Exception {
		JsonNode invited = invite(companies.company("Клиника Слабый пароль"),
				"weak-" + UUID.randomUUID() + "@test.serviceplan");
		String code = invited.get("invitationCode").asString();
		mvc.perform(accept(code, "{\"password\": \"123\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("8")));
		mvc.perform(accept(code, "{}").header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("The password must be at least 8 characters long."));
		mvc.perform(accept(code, "{\"password\": \"now-long-enough\"}")).andExpect(status().isCreated());
	}

	@Test
	void anExistingAccountGetsTheCompanyAdded() throws Exception {
		Company consultancy = companies.company("Консалтинг Север");
		CurrentUser consultant = consultancy.owner();
		Company clinic = companies.company("Клиника Клиент");
		JsonNode invited = invite(clinic, consultant.email());
		String code = invited.get("invitationCode").asString();

		mvc.perform(accept(code, "{\"password\": \"not-my-password\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("Неверный пароль вашей учётной записи."));
		mvc.perform(accept(code, "{\"password\": \"" + TestCompanies.PASSWORD + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(consultant.email()))
			.andExpect(jsonPath("$.name").value(consultant.name()));

		mvc.perform(apiGet(companies.token(consultant), "/api/v1/workspaces"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].name").value(Matchers.containsInAnyOrder("Консалтинг Север", "Клиника Клиент")));
	}

	private JsonNode invite(Company company, String email) throws Exception {
		return json.readTree(mvc.perform(apiPost(companies.token(company.owner()), """
				{"name": "Анна Смирнова", "email": "%s", "role": "EMPLOYEE"}""".formatted(email),
				"/api/v1/workspaces/{ws}/people", company.id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder accept(String code, String body) {
		return post("/api/v1/invitations/{code}/accept", code).contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
