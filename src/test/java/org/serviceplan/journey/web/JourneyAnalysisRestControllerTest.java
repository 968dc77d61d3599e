package org.serviceplan.journey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPost;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JourneyAnalysisRestControllerTest {

	static final String JOURNEY = "/api/v1/workspaces/{ws}/journeys/{journeyId}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	JsonMapper json;

	@Test
	void theBarrierMatrixCountsPainsPerCellRanksThemAndFiltersByStage() throws Exception {
		Company clinic = companies.company("Клиника Матрица барьеров");
		String owner = companies.token(clinic.owner());
		UUID ws = clinic.id();
		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", "/api/v1/workspaces/{ws}/journeys", ws)));
		String before = id(mvc.perform(apiPost(owner, "{\"name\": \"До визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String during = id(mvc.perform(apiPost(owner, "{\"name\": \"Во время визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String call = touchpoint(owner, ws, journeyId, before, "Звонок");
		String greeting = touchpoint(owner, ws, journeyId, during, "Приветствие");
		pain(owner, ws, journeyId, call, "Не дозвониться", 3, 5);
		pain(owner, ws, journeyId, greeting, "Не здороваются", 4, 3);
		pain(owner, ws, journeyId, greeting, "Не смотрят в глаза", 4, 3);

		mvc.perform(apiGet(owner, JOURNEY + "/barrier-matrix", ws, journeyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.cells", hasSize(25)))
			.andExpect(jsonPath("$.cells[?(@.severity == 4 && @.frequency == 3)].count").value(Matchers.contains(2)))
			.andExpect(jsonPath("$.cells[?(@.severity == 3 && @.frequency == 5)].pains[0].description")
				.value(Matchers.contains("Не дозвониться")))
			.andExpect(jsonPath("$.cells[?(@.severity == 1 && @.frequency == 1)].count").value(Matchers.contains(0)))
			.andExpect(jsonPath("$.ranked[0].description").value("Не дозвониться"))
			.andExpect(jsonPath("$.ranked[0].score").value(15))
			.andExpect(jsonPath("$.ranked[1].touchpointName").value("Приветствие"));
		mvc.perform(apiGet(owner, JOURNEY + "/barrier-matrix?stageId=" + during, ws, journeyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.ranked[*].stageId").value(Matchers.everyItem(Matchers.is(during))));
	}

	@Test
	void anIdef0ModelIsStoredCheckedReadBackReplacedWithItsVersionAndDrawn() throws Exception {
		Company clinic = companies.company("Клиника IDEF0");
		String owner = companies.token(clinic.owner());
		UUID ws = clinic.id();
		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", "/api/v1/workspaces/{ws}/journeys", ws)));
		String stage = id(mvc.perform(apiPost(owner, "{\"name\": \"Во время визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String greeting = touchpoint(owner, ws, journeyId, stage, "Приветствие");
		String path = JOURNEY + "/touchpoints/{touchpointId}/idef0";

		mvc.perform(apiGet(owner, path, ws, journeyId, greeting)).andExpect(status().isNotFound());
		mvc.perform(putJson(owner, """
				{"function": {"name": "Встретить пациента", "inputs": [" "]}}""", path, ws, journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("function.inputs[0]"));
		mvc.perform(putJson(owner, """
				{"function": {"name": "Встретить пациента", "inputs": ["Пациент пришёл"], "controls": ["Стандарт"],
				 "outputs": ["Пациент зарегистрирован"], "mechanisms": ["Администратор"],
				 "children": [{"name": "Поприветствовать"}, {"name": "Идентифицировать"}]}}""", path, ws, journeyId, greeting))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(apiGet(owner, path, ws, journeyId, greeting))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.function.name").value("Встретить пациента"))
			.andExpect(jsonPath("$.function.children[1].name").value("Идентифицировать"))
			.andExpect(jsonPath("$.function.mechanisms[0]").value("Администратор"));
		mvc.perform(putJson(owner, "{\"function\": {\"name\": \"Другое\"}}", path, ws, journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(putJson(owner, "{\"function\": {\"name\": \"Другое\"}, \"version\": 5}", path, ws, journeyId, greeting))
			.andExpect(status().isConflict());
		mvc.perform(putJson(owner, "{\"function\": {\"name\": \"Встретить и зарегистрировать\", \"children\": "
				+ "[{\"name\": \"Поприветствовать\"}, {\"name\": \"Идентифицировать\"}]}, \"version\": 0}", path, ws,
				journeyId, greeting))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		String svg = mvc.perform(apiGet(owner, path + "/diagram?node=A2", ws, journeyId, greeting))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<").contains("<svg").contains("Идентифицировать");
		byte[] png = mvc.perform(apiGet(owner, path + "/diagram?format=png", ws, journeyId, greeting))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		mvc.perform(apiGet(owner, path + "/diagram?node=A9", ws, journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("node"));

		String toBe = id(mvc.perform(apiPost(owner, "{}", JOURNEY + "/duplicate-as-to-be", ws, journeyId)));
		String copied = json.readTree(mvc.perform(apiGet(owner, JOURNEY, ws, toBe)).andReturn().getResponse()
			.getContentAsString()).at("/stages/0/touchpoints/0/id").asString();
		mvc.perform(apiGet(owner, path, ws, toBe, copied))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.function.name").value("Встретить и зарегистрировать"));

		mvc.perform(apiDelete(owner, path, ws, journeyId, greeting)).andExpect(status().isNoContent());
		mvc.perform(apiGet(owner, path, ws, journeyId, greeting)).andExpect(status().isNotFound());
	}

	private String touchpoint(String token, UUID ws, String journeyId, String stageId, String name) throws Exception {
		return id(mvc.perform(apiPost(token, """
				{"name": "%s", "channel": "OFFLINE", "stageId": "%s"}""".formatted(name, stageId), JOURNEY + "/touchpoints",
				ws, journeyId)).andExpect(status().isCreated()));
	}

	private void pain(String token, UUID ws, String journeyId, String touchpointId, String description, int severity,
			int frequency) throws Exception {
		mvc.perform(apiPost(token, """
				{"description": "%s", "severity": %d, "frequency": %d}""".formatted(description, severity, frequency),
				JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, touchpointId))
			.andExpect(status().isCreated());
	}

	private static MockHttpServletRequestBuilder putJson(String token, String body, String path, Object... variables) {
		return put(path, variables).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String id(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
	}
}
