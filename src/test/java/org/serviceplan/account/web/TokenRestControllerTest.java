package org.serviceplan.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.SecretCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TokenRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void createsATokenWithHttpBasicThatWorksAsBearer() throws Exception {
		CurrentUser owner = companies.company("Клиника Токен").owner();
		String token = createWithBasic(owner, "Интеграция с CRM");

		mvc.perform(apiGet(token, "/api/v1/workspaces"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Клиника Токен"));
	}

	@Test
	void showsTheTokenOnceAndStoresOnlyItsHash() throws Exception {
		CurrentUser owner = companies.company("Клиника Хэш").owner();
		String token = createWithBasic(owner, "Отчёты BI");

		mvc.perform(apiGet(token, "/api/v1/tokens"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Отчёты BI"))
			.andExpect(jsonPath("$[0].id").isString())
			.andExpect(jsonPath("$[0].createdAt").isString())
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(token))));
		assertThat(jdbc.queryForList("select token_hash from api_token", String.class))
			.contains(SecretCode.hash(token));
		assertThat(textColumnsContaining(token)).isEmpty();
	}

	@Test
	void refusesWrongPasswordAndMissingCredentials() throws Exception {
		CurrentUser owner = companies.company("Клиника Пароль").owner();
		mvc.perform(post("/api/v1/tokens").with(httpBasic(owner.email(), "wrong-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"CRM\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Не авторизован"));
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"CRM\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void acceptsHttpBasicNowhereElse() throws Exception {
		CurrentUser owner = companies.company("Клиника Бейсик").owner();
		mvc.perform(get("/api/v1/workspaces").with(httpBasic(owner.email(), TestCompanies.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/tokens").with(httpBasic(owner.email(), TestCompanies.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void revokesOnlyTheCallersOwnTokens() throws Exception {
		String mine = companies.token(companies.company("Клиника Свой").owner());
		String theirs = companies.token(companies.company("Клиника Чужой").owner());
		String theirId = idOf(theirs);

		mvc.perform(apiDelete(mine, "/api/v1/tokens/{id}", theirId))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(apiGet(theirs, "/api/v1/tokens")).andExpect(status().isOk());

		mvc.perform(apiDelete(theirs, "/api/v1/tokens/{id}", theirId)).andExpect(status().isNoContent());
		mvc.perform(apiGet(theirs, "/api/v1/tokens")).andExpect(status().isUnauthorized());
	}

	@Test
	void namesTheMissingTokenNameInRussianAndEnglish() throws Exception {
		String token = companies.token(companies.company("Клиника Имя").owner());
		mvc.perform(apiPost(token, "{\"name\": \" \"}", "/api/v1/tokens"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Укажите название токена."));
		mvc.perform(apiPost(token, "{}", "/api/v1/tokens").header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Validation failed"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Name the token."));
	}

	@Test
	void listsTokensWithoutSecrets() throws Exception {
		CurrentUser owner = companies.company("Клиника Список").owner();
		String first = companies.token(owner);
		createWithBasic(owner, "Второй");
		mvc.perform(apiGet(first, "/api/v1/tokens"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(hasItem("Второй")))
			.andExpect(jsonPath("$[*].token").isEmpty());
	}

	private String createWithBasic(CurrentUser user, String name) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(user.email(), TestCompanies.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", name))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.token").value(startsWith("sp_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("token").asString();
	}

	private String idOf(String token) throws Exception {
		String body = mvc.perform(apiGet(token, "/api/v1/tokens")).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get(0).get("id").asString();
	}

	/** Every text column of every table that holds the value: the database must give no working secret. */
	private List<String> textColumnsContaining(String value) {
		String pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc
			.queryForList("select table_name, column_name from information_schema.columns "
					+ "where table_schema = current_schema() and lower(data_type) in "
					+ "('character varying', 'text', 'character', 'character large object')")
			.stream()
			.filter(column -> jdbc.queryForObject("select count(*) from " + column.get("table_name") + " where "
					+ column.get("column_name") + " like ? escape '\\'", Long.class, pattern) > 0)
			.map(column -> column.get("table_name") + "." + column.get("column_name"))
			.toList();
	}
}
