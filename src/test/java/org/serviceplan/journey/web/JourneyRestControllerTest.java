package org.serviceplan.journey.web;

import static org.hamcrest.Matchers.hasSize;
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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JourneyRestControllerTest {

	static final String JOURNEYS = "/api/v1/workspaces/{ws}/journeys";
	static final String JOURNEY = JOURNEYS + "/{journeyId}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	JsonMapper json;

	@Test
	void aFacilitatorBuildsAMapMovesACardNotesPainsAndDuplicatesItAsToBe() throws Exception {
		Company clinic = companies.company("Клиника Карта пути");
		var facilitatorUser = clinic.join(Role.FACILITATOR);
		String facilitator = companies.token(facilitatorUser);
		String facilitatorId = companies.member(clinic.id(), facilitatorUser).personId().toString();
		UUID ws = clinic.id();

		String journeyId = id(mvc.perform(apiPost(facilitator, """
				{"title": "Визит пациента", "segment": "Новые пациенты", "expectedDurationDays": 14}""", JOURNEYS, ws))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.containsString("/journeys/")))
			.andExpect(jsonPath("$.status").value("AS_IS"))
			.andExpect(jsonPath("$.expectedDurationDays").value(14))
			.andExpect(jsonPath("$.stages", hasSize(0))));
		String before = id(mvc.perform(apiPost(facilitator, "{\"name\": \"До визита\"}", JOURNEY + "/stages", ws, journeyId))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(0)));
		String during = id(mvc.perform(apiPost(facilitator, "{\"name\": \"Во время визита\"}", JOURNEY + "/stages", ws, journeyId))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1)));
		String reception = id(mvc.perform(apiPost(facilitator, """
				{"name": "Ресепшн", "stageId": "%s"}""".formatted(during), JOURNEY + "/zones", ws, journeyId))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.stageId").value(during)));
		String desk = id(mvc.perform(apiPost(facilitator, """
				{"name": "Стойка", "zoneId": "%s"}""".formatted(reception), JOURNEY + "/elements", ws, journeyId))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.zoneId").value(reception)));
		String greeting = id(mvc.perform(apiPost(facilitator, """
				{"name": "Приветствие", "channel": "OFFLINE", "elementId": "%s", "icon": "handshake",
				 "expectation": 4, "quality": 2, "responsibleId": "%s", "tangibleEvidence": "Бейдж с именем"}"""
			.formatted(desk, facilitatorId), JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.elementId").value(desk))
			.andExpect(jsonPath("$.expectationGap.value").value(-2))
			.andExpect(jsonPath("$.expectationGap.verdict").value("BAD")));
		String call = id(mvc.perform(apiPost(facilitator, """
				{"name": "Звонок в клинику", "channel": "PHONE", "stageId": "%s"}""".formatted(before),
				JOURNEY + "/touchpoints", ws, journeyId)).andExpect(status().isCreated()));
		String booking = id(mvc.perform(apiPost(facilitator, """
				{"name": "Запись на сайте", "channel": "WEBSITE", "stageId": "%s"}""".formatted(before),
				JOURNEY + "/touchpoints", ws, journeyId)).andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1)));

		// Drag "Запись на сайте" to the first place of the stage "Во время визита".
		mvc.perform(apiPost(facilitator, """
				{"stageId": "%s", "index": 0, "version": 0}""".formatted(during),
				JOURNEY + "/touchpoints/{touchpointId}/move", ws, journeyId, booking))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stageId").value(during))
			.andExpect(jsonPath("$.position").value(0));
		mvc.perform(apiGet(facilitator, JOURNEY, ws, journeyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stages[0].name").value("До визита"))
			.andExpect(jsonPath("$.stages[0].touchpoints[*].name").value(Matchers.contains("Звонок в клинику")))
			.andExpect(jsonPath("$.stages[1].touchpoints[*].name").value(Matchers.contains("Запись на сайте")))
			.andExpect(jsonPath("$.stages[1].zones[0].name").value("Ресепшн"))
			.andExpect(jsonPath("$.stages[1].zones[0].elements[0].name").value("Стойка"))
			.andExpect(jsonPath("$.stages[1].zones[0].elements[0].touchpoints[0].name").value("Приветствие"));

		String painId = id(mvc.perform(apiPost(facilitator, """
				{"description": "Администратор не поднимает глаз", "severity": 4, "frequency": 3, "source": "AUDIT"}""",
				JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, greeting))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.weight").value(12)));
		mvc.perform(apiPost(facilitator, """
				{"description": "Нет свободных линий", "severity": 3, "frequency": 5}""",
				JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, call))
			.andExpect(status().isCreated());
		mvc.perform(apiPatch(facilitator, "{\"status\": \"ADDRESSED\", \"version\": 0}", JOURNEY + "/pains/{painId}", ws,
				journeyId, painId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADDRESSED"))
			.andExpect(jsonPath("$.severity").value(4));
		String ideaId = id(mvc.perform(apiPost(facilitator, """
				{"kind": "IDEAL_FUTURE", "text": "Здороваться по имени"}""",
				JOURNEY + "/touchpoints/{touchpointId}/ideas", ws, journeyId, greeting))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorId").value(facilitatorId)));
		mvc.perform(apiGet(facilitator, JOURNEY + "/ideas/{ideaId}", ws, journeyId, ideaId))
			.andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("IDEAL_FUTURE"));
		mvc.perform(apiGet(facilitator, JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, greeting))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));

		JsonNode toBe = read(mvc.perform(apiPost(facilitator, "{\"title\": \"Визит пациента — как должно быть\"}",
				JOURNEY + "/duplicate-as-to-be", ws, journeyId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("TO_BE"))
			.andExpect(jsonPath("$.toBeOf").value(journeyId))
			.andExpect(jsonPath("$.stages[1].zones[0].elements[0].touchpoints[0].pains[0].description")
				.value("Администратор не поднимает глаз"))
			.andExpect(jsonPath("$.stages[1].zones[0].elements[0].touchpoints[0].ideas[0].text").value("Здороваться по имени")));
		org.assertj.core.api.Assertions.assertThat(toBe.get("id").asString()).isNotEqualTo(journeyId);
		org.assertj.core.api.Assertions.assertThat(toBe.at("/stages/1/zones/0/elements/0/touchpoints/0/id").asString())
			.isNotEqualTo(greeting);
		mvc.perform(apiGet(facilitator, JOURNEYS, ws))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.status == 'AS_IS')].openPains").value(Matchers.contains(1)));

		mvc.perform(apiDelete(facilitator, JOURNEY + "/stages/{stageId}", ws, journeyId, during))
			.andExpect(status().isNoContent());
		mvc.perform(apiGet(facilitator, JOURNEY + "/touchpoints/{touchpointId}", ws, journeyId, greeting))
			.andExpect(status().isNotFound());
		mvc.perform(apiGet(facilitator, JOURNEY + "/pains/{painId}", ws, journeyId, painId))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesEachBrokenRuleWithTheFieldAndNothingSaved() throws Exception {
		Company clinic = companies.company("Клиника Правила пути");
		String owner = companies.token(clinic.owner());
		UUID ws = clinic.id();

		mvc.perform(apiPost(owner, "{\"title\": \"Визит\", \"expectedDurationDays\": 3}", JOURNEYS, ws))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expectedDurationDays"))
			.andExpect(jsonPath("$.errors[0].message").value("Путь клиента длится не меньше недели (7 дней)."));
		mvc.perform(apiPost(owner, "{\"title\": \"Визит\", \"expectedDurationDays\": 800}", JOURNEYS, ws)
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("A customer journey lasts at most two years (730 days)."));
		mvc.perform(apiPost(owner, "{\"title\": \" \"}", JOURNEYS, ws))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(apiGet(owner, JOURNEYS, ws)).andExpect(jsonPath("$", hasSize(0)));

		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", JOURNEYS, ws))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.expectedDurationDays").value(30)));
		String stage = id(mvc.perform(apiPost(owner, "{\"name\": \"Во время визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String zone = id(mvc.perform(apiPost(owner, "{\"name\": \"Ресепшн\", \"stageId\": \"%s\"}".formatted(stage),
				JOURNEY + "/zones", ws, journeyId)));

		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "stageId": "%s", "zoneId": "%s"}""".formatted(stage, zone),
				JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stageId"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Точка касания находится ровно в одном месте: на этапе, в зоне или в элементе."));
		mvc.perform(apiPost(owner, "{\"name\": \"Приветствие\", \"channel\": \"OFFLINE\"}", JOURNEY + "/touchpoints", ws,
				journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stageId"));
		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s"}""".formatted(UUID.randomUUID()),
				JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("zoneId"));
		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s", "quality": 6}""".formatted(zone),
				JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quality"))
			.andExpect(jsonPath("$.errors[0].message").value("Оценка — от 1 до 5."));
		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s", "icon": "unicorn"}""".formatted(zone),
				JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("icon"));
		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s", "responsibleId": "%s"}"""
			.formatted(zone, UUID.randomUUID()), JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("responsibleId"));
		mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s", "departmentId": "%s"}"""
			.formatted(zone, UUID.randomUUID()), JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		mvc.perform(apiGet(owner, JOURNEY + "/zones/{zoneId}", ws, journeyId, zone))
			.andExpect(jsonPath("$.touchpoints", hasSize(0)));

		String greeting = id(mvc.perform(apiPost(owner, """
				{"name": "Приветствие", "channel": "OFFLINE", "zoneId": "%s"}""".formatted(zone),
				JOURNEY + "/touchpoints", ws, journeyId)).andExpect(status().isCreated()));
		mvc.perform(apiPost(owner, "{\"description\": \"Не здороваются\", \"severity\": 6, \"frequency\": 3}",
				JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		mvc.perform(apiPost(owner, "{\"description\": \"Не здороваются\", \"severity\": 3, \"frequency\": 0}",
				JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("frequency"));
		mvc.perform(apiPost(owner, "{\"index\": 5, \"version\": 0}", JOURNEY + "/touchpoints/{touchpointId}/move", ws,
				journeyId, greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("index"));
		mvc.perform(apiPatch(owner, "{\"name\": \"Встреча\"}", JOURNEY + "/touchpoints/{touchpointId}", ws, journeyId,
				greeting))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(apiGet(owner, JOURNEY + "/touchpoints/{touchpointId}/pains", ws, journeyId, greeting))
			.andExpect(jsonPath("$", hasSize(0)));

		String toBe = id(mvc.perform(apiPost(owner, "{}", JOURNEY + "/duplicate-as-to-be", ws, journeyId))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.title").value("Визит (to-be)")));
		mvc.perform(apiPost(owner, "{}", JOURNEY + "/duplicate-as-to-be", ws, toBe))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		Company clinic = companies.company("Клиника Версии пути");
		String owner = companies.token(clinic.owner());
		UUID ws = clinic.id();
		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", JOURNEYS, ws)));
		String before = id(mvc.perform(apiPost(owner, "{\"name\": \"До визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String during = id(mvc.perform(apiPost(owner, "{\"name\": \"Во время визита\"}", JOURNEY + "/stages", ws, journeyId)));
		String call = id(mvc.perform(apiPost(owner, """
				{"name": "Звонок", "channel": "PHONE", "stageId": "%s"}""".formatted(before), JOURNEY + "/touchpoints", ws,
				journeyId)));

		mvc.perform(apiPatch(owner, "{\"name\": \"Звонок в клинику\", \"version\": 0}",
				JOURNEY + "/touchpoints/{touchpointId}", ws, journeyId, call))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPost(owner, "{\"stageId\": \"%s\", \"version\": 0}".formatted(during),
				JOURNEY + "/touchpoints/{touchpointId}/move", ws, journeyId, call))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(apiPatch(owner, "{\"name\": \"В клинике\", \"version\": 7}", JOURNEY + "/stages/{stageId}", ws,
				journeyId, during))
			.andExpect(status().isConflict());
		mvc.perform(apiPatch(owner, "{\"title\": \"Другой\", \"version\": 9}", JOURNEY, ws, journeyId))
			.andExpect(status().isConflict());
		mvc.perform(apiGet(owner, JOURNEY, ws, journeyId))
			.andExpect(jsonPath("$.title").value("Визит"))
			.andExpect(jsonPath("$.stages[0].touchpoints[0].name").value("Звонок в клинику"))
			.andExpect(jsonPath("$.stages[1].name").value("Во время визита"));
		mvc.perform(apiGet(owner, "/api/v1/workspaces/{ws}/history/touchpoint/{id}", ws, call))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].action").value("changed"))
			.andExpect(jsonPath("$[0].recordName").value("Звонок в клинику"));
	}

	@Test
	void removingAnAsIsJourneyKeepsItsToBeVersionUnlinked() throws Exception {
		Company clinic = companies.company("Клиника Удаление пути");
		String owner = companies.token(clinic.owner());
		UUID ws = clinic.id();
		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", JOURNEYS, ws)));
		String toBe = id(mvc.perform(apiPost(owner, "{}", JOURNEY + "/duplicate-as-to-be", ws, journeyId)));

		mvc.perform(apiDelete(owner, JOURNEY, ws, journeyId)).andExpect(status().isNoContent());

		mvc.perform(apiGet(owner, JOURNEY, ws, journeyId)).andExpect(status().isNotFound());
		mvc.perform(apiGet(owner, JOURNEY, ws, toBe))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TO_BE"))
			.andExpect(jsonPath("$.toBeOf").doesNotExist());
	}

	@Test
	void anEmployeeReadsTheMapButMayNotEditIt() throws Exception {
		Company clinic = companies.company("Клиника Права пути");
		String owner = companies.token(clinic.owner());
		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		UUID ws = clinic.id();
		String journeyId = id(mvc.perform(apiPost(owner, "{\"title\": \"Визит\"}", JOURNEYS, ws)));
		String stage = id(mvc.perform(apiPost(owner, "{\"name\": \"До визита\"}", JOURNEY + "/stages", ws, journeyId)));

		mvc.perform(apiGet(employee, JOURNEY, ws, journeyId)).andExpect(status().isOk());
		mvc.perform(apiPost(employee, "{\"title\": \"Свой путь\"}", JOURNEYS, ws)).andExpect(status().isForbidden());
		mvc.perform(apiPost(employee, "{\"name\": \"После визита\"}", JOURNEY + "/stages", ws, journeyId))
			.andExpect(status().isForbidden());
		mvc.perform(apiPost(employee, "{\"name\": \"Звонок\", \"channel\": \"PHONE\", \"stageId\": \"%s\"}".formatted(stage),
				JOURNEY + "/touchpoints", ws, journeyId))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(apiPatch(employee, "{\"name\": \"Раньше\", \"version\": 0}", JOURNEY + "/stages/{stageId}", ws,
				journeyId, stage))
			.andExpect(status().isForbidden());
		mvc.perform(apiDelete(employee, JOURNEY, ws, journeyId)).andExpect(status().isForbidden());
		mvc.perform(apiGet(owner, JOURNEY, ws, journeyId))
			.andExpect(jsonPath("$.stages[*].name").value(Matchers.contains("До визита")));
	}

	private String id(ResultActions result) throws Exception {
		return read(result).get("id").asString();
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
