package org.serviceplan.workspace.web;

import static org.hamcrest.Matchers.containsString;
import static org.serviceplan.ApiRequests.apiDelete;
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
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DepartmentRestControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	JsonMapper json;

	@Test
	void addsDepartmentsAsATree() throws Exception {
		Company clinic = companies.company("Клиника Отделы");
		String token = companies.token(clinic.owner());
		String medical = add(token, clinic, "{\"name\": \"Медицинский блок\"}");

		mvc.perform(apiPost(token, "{\"name\": \"Стоматология\", \"parentId\": \"" + medical + "\"}",
				"/api/v1/workspaces/{ws}/departments", clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/workspaces/" + clinic.id() + "/departments/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value("Стоматология"))
			.andExpect(jsonPath("$.parentId").value(medical))
			.andExpect(jsonPath("$.path").value("Медицинский блок / Стоматология"))
			.andExpect(jsonPath("$.version").value(0));
		add(token, clinic, "{\"name\": \"Регистратура\"}");

		mvc.perform(apiGet(companies.token(clinic.join(Role.EMPLOYEE)), "/api/v1/workspaces/{ws}/departments",
				clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Медицинский блок", "Стоматология",
					"Регистратура")))
			.andExpect(jsonPath("$[0].parentId").doesNotExist())
			.andExpect(jsonPath("$[1].parentId").value(medical));
	}

	@Test
	void readsADepartment() throws Exception {
		Company clinic = companies.company("Клиника Отдел");
		String token = companies.token(clinic.owner());
		String reception = add(token, clinic, "{\"name\": \"Регистратура\"}");
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), reception))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(reception))
			.andExpect(jsonPath("$.name").value("Регистратура"))
			.andExpect(jsonPath("$.path").value("Регистратура"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void renamesAndMovesWithPatch() throws Exception {
		Company clinic = companies.company("Клиника Перенос");
		String token = companies.token(clinic.owner());
		String medical = add(token, clinic, "{\"name\": \"Медицинский блок\"}");
		String dentistry = add(token, clinic, "{\"name\": \"Стоматология\", \"parentId\": \"" + medical + "\"}");

		mvc.perform(apiPatch(token, "{\"name\": \"Стоматологическое отделение\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), dentistry))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Стоматологическое отделение"))
			.andExpect(jsonPath("$.parentId").value(medical))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(token, "{\"parentId\": null, \"version\": 1}", "/api/v1/workspaces/{ws}/departments/{id}",
				clinic.id(), dentistry))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Стоматологическое отделение"))
			.andExpect(jsonPath("$.parentId").doesNotExist())
			.andExpect(jsonPath("$.path").value("Стоматологическое отделение"));
	}

	@Test
	void refusesADepartmentInsideItsOwnChild() throws Exception {
		Company clinic = companies.company("Клиника Цикл");
		String token = companies.token(clinic.owner());
		String medical = add(token, clinic, "{\"name\": \"Медицинский блок\"}");
		String dentistry = add(token, clinic, "{\"name\": \"Стоматология\", \"parentId\": \"" + medical + "\"}");
		mvc.perform(apiPatch(token, "{\"parentId\": \"" + dentistry + "\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), medical))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("подразделени")));
		mvc.perform(apiPatch(token, "{\"parentId\": \"" + dentistry + "\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), medical).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("A department cannot be part of itself or of one of its sub-departments."));
	}

	@Test
	void namesTheMissingNameInRussianAndEnglish() throws Exception {
		Company clinic = companies.company("Клиника Пустое имя");
		String token = companies.token(clinic.owner());
		mvc.perform(apiPost(token, "{}", "/api/v1/workspaces/{ws}/departments", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.title").value("Ошибка проверки данных"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Поле обязательно для заполнения."));
		mvc.perform(apiPost(token, "{\"name\": \"" + "Я".repeat(201) + "\"}", "/api/v1/workspaces/{ws}/departments",
				clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Validation failed"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("At most 200 characters."));
	}

	@Test
	void refusesToDeleteADepartmentWithSubDepartments() throws Exception {
		Company clinic = companies.company("Клиника Удаление");
		String token = companies.token(clinic.owner());
		String medical = add(token, clinic, "{\"name\": \"Медицинский блок\"}");
		String dentistry = add(token, clinic, "{\"name\": \"Стоматология\", \"parentId\": \"" + medical + "\"}");

		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), medical))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("«Медицинский блок»")))
			.andExpect(jsonPath("$.errors").doesNotExist());

		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), dentistry))
			.andExpect(status().isNoContent());
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), medical))
			.andExpect(status().isNoContent());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), medical))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesToDeleteADepartmentWithPeople() throws Exception {
		Company clinic = companies.company("Клиника Люди в отделе");
		String token = companies.token(clinic.owner());
		String reception = add(token, clinic, "{\"name\": \"Регистратура\"}");
		mvc.perform(apiPost(token, """
				{"name": "Анна", "email": "anna-%s@test.serviceplan", "role": "EMPLOYEE", "departmentId": "%s"}"""
			.formatted(UUID.randomUUID(), reception), "/api/v1/workspaces/{ws}/people", clinic.id()))
			.andExpect(status().isCreated());
		mvc.perform(apiDelete(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), reception)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"Cannot delete \"Регистратура\": people work there. Move them to another department."));
	}

	@Test
	void employeesMayNotChangeTheStructure() throws Exception {
		Company clinic = companies.company("Клиника Сотрудник");
		String reception = add(companies.token(clinic.owner()), clinic, "{\"name\": \"Регистратура\"}");
		String employee = companies.token(clinic.join(Role.EMPLOYEE));

		mvc.perform(apiPost(employee, "{\"name\": \"Колл-центр\"}", "/api/v1/workspaces/{ws}/departments", clinic.id()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Доступ запрещён"));
		mvc.perform(apiPatch(employee, "{\"name\": \"Ресепшн\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), reception)).andExpect(status().isForbidden());
		mvc.perform(apiDelete(employee, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), reception))
			.andExpect(status().isForbidden());
		mvc.perform(apiPost(companies.token(clinic.join(Role.SERVICE_HEAD)), "{\"name\": \"Колл-центр\"}",
				"/api/v1/workspaces/{ws}/departments", clinic.id())).andExpect(status().isCreated());
	}

	@Test
	void anotherCompanysDepartmentIsNotFound() throws Exception {
		Company clinic = companies.company("Клиника А");
		String reception = add(companies.token(clinic.owner()), clinic, "{\"name\": \"Регистратура\"}");
		Company other = companies.company("Клиника Б");
		String intruder = companies.token(other.owner());

		mvc.perform(apiGet(intruder, "/api/v1/workspaces/{ws}/departments/{id}", other.id(), reception))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(apiPatch(intruder, "{\"name\": \"Захвачено\", \"version\": 0}",
				"/api/v1/workspaces/{ws}/departments/{id}", other.id(), reception)).andExpect(status().isNotFound());
		mvc.perform(apiDelete(intruder, "/api/v1/workspaces/{ws}/departments/{id}", other.id(), reception))
			.andExpect(status().isNotFound());
		mvc.perform(apiPost(intruder, "{\"name\": \"Внутри чужого\", \"parentId\": \"" + reception + "\"}",
				"/api/v1/workspaces/{ws}/departments", other.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		mvc.perform(apiGet(intruder, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), reception))
			.andExpect(status().isNotFound());
		mvc.perform(apiGet(companies.token(clinic.owner()), "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(),
				reception)).andExpect(jsonPath("$.name").value("Регистратура"));
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		Company clinic = companies.company("Клиника Гонка");
		String token = companies.token(clinic.owner());
		String reception = add(token, clinic, "{\"name\": \"Регистратура\"}");
		mvc.perform(apiPatch(token, "{\"name\": \"Ресепшн\", \"version\": 0}", "/api/v1/workspaces/{ws}/departments/{id}",
				clinic.id(), reception)).andExpect(status().isOk());
		mvc.perform(apiPatch(token, "{\"name\": \"Приёмная\", \"version\": 0}", "/api/v1/workspaces/{ws}/departments/{id}",
				clinic.id(), reception).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Version conflict"));
	}

	@Test
	void answers400ForBadIdsAndBrokenJson() throws Exception {
		Company clinic = companies.company("Клиника Неверный id");
		String token = companies.token(clinic.owner());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/departments/{id}", clinic.id(), "регистратура"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("Неверный идентификатор."));
		mvc.perform(apiPost(token, "{\"name\": \"Стоматология\", \"parentId\": \"12345\"}",
				"/api/v1/workspaces/{ws}/departments", clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message").value("Invalid identifier."));
		mvc.perform(apiPost(token, "{\"name\": \"Стоматология\",,}", "/api/v1/workspaces/{ws}/departments", clinic.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Запрос не удалось прочитать: проверьте JSON и типы полей."));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/departments", clinic.id()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	private String add(String token, Company company, String body) throws Exception {
		String answer = mvc.perform(apiPost(token, body, "/api/v1/workspaces/{ws}/departments", company.id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer).get("id").asString();
	}
}
