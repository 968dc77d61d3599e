package org.serviceplan.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** The API answers every failure as problem+json; pages keep their own error handling. */
@IntegrationTest
class ApiErrorHandlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Test
	void answersAWrongMethodWith405() throws Exception {
		String token = companies.token(companies.company("Клиника Метод").owner());
		mvc.perform(put("/api/v1/workspaces").with(bearer(token)).header("Accept-Language", "en"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(jsonPath("$.title").value("Method not allowed"));
	}

	@Test
	void answersAnUnsupportedContentTypeWith415() throws Exception {
		String token = companies.token(companies.company("Клиника Формат").owner());
		mvc.perform(post("/api/v1/workspaces").with(bearer(token))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("name=Клиника"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.detail").value("Тип содержимого не поддерживается: отправьте application/json."));
	}

	@Test
	void answersAnUnknownPathWith404() throws Exception {
		String token = companies.token(companies.company("Клиника Путь").owner());
		mvc.perform(apiGet(token, "/api/v1/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Не найдено"));
	}

	@Test
	void answersWithoutCredentialsWith401InTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/workspaces").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		mvc.perform(get("/api/v1/workspaces").with(bearer("sp_not-a-token")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Не авторизован"));
	}

	@Test
	void pagesStillAnswerWithTheirErrorPageNotJson() throws Exception {
		var clinic = companies.company("Клиника Страницы");
		var employee = clinic.join(Role.EMPLOYEE);
		mvc.perform(get("/w/{ws}/departments/{id}", clinic.id(), UUID.randomUUID()).with(user(clinic.owner())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(emptyString()));
		mvc.perform(get("/w/{ws}/settings", clinic.id()).with(user(employee)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(emptyString()));
		mvc.perform(put("/w/{ws}/departments", clinic.id()).with(user(clinic.owner())).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(emptyString()));
	}
}
