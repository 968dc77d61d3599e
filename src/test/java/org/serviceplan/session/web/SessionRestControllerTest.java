package org.serviceplan.session.web;

import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.session.SessionFixture;
import org.serviceplan.session.SessionFixture.Clinic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@Import(SessionFixture.class)
class SessionRestControllerTest {

	static final String SESSIONS = "/api/v1/workspaces/{ws}/sessions";
	static final String SESSION = SESSIONS + "/{sessionId}";
	static final String VOTE = SESSION + "/ideas/{ideaId}/votes/me";

	@Autowired
	MockMvc mvc;
	@Autowired
	SessionFixture fixture;
	@Autowired
	TestCompanies companies;
	@Autowired
	JsonMapper json;

	@Test
	void aFacilitatorRunsAVoteFromIdeasToPlanTasks() throws Exception {
		Clinic clinic = fixture.clinic("Клиника API сессии", 2);
		UUID ws = clinic.ws();
		String facilitator = clinic.facilitatorToken();
		String anna = clinic.staffTokens().get(0);
		String boris = clinic.staffTokens().get(1);

		mvc.perform(apiPost(facilitator, """
				{"title": "Сессия", "journeyId": "%s", "importantBudget": 5, "maxPointsPerIdea": 3}"""
			.formatted(clinic.journeyId()), SESSIONS, ws))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quickWinBudget"));
		String session = id(mvc.perform(apiPost(facilitator, """
				{"title": "Стратегическая сессия 2027", "journeyId": "%s", "quickWinBudget": 4, "importantBudget": 5,
				 "maxPointsPerIdea": 3, "anonymous": true}""".formatted(clinic.journeyId()), SESSIONS, ws))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agenda", hasSize(4)))
			.andExpect(jsonPath("$.voting").value("NOT_STARTED"))
			.andExpect(jsonPath("$.joinCode").isString()));

		mvc.perform(apiPost(anna, "{\"personId\": \"%s\"}".formatted(clinic.staff().get(1).personId()),
				SESSION + "/participants", ws, session)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Это может сделать только фасилитатор сессии или владелец компании."));
		mvc.perform(apiPost(anna, "{\"text\": \"Идея\", \"kind\": \"IDEAL\"}", SESSION + "/ideas", ws, session))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("Вы не участник этой сессии."));
		mvc.perform(apiPost(anna, "{\"personId\": \"%s\"}".formatted(clinic.staff().get(0).personId()),
				SESSION + "/participants", ws, session)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.guest").value(false));
		mvc.perform(apiPost(facilitator, "{\"personId\": \"%s\"}".formatted(clinic.staff().get(1).personId()),
				SESSION + "/participants", ws, session)).andExpect(status().isCreated());
		mvc.perform(apiGet(anna, SESSION + "/participants", ws, session)).andExpect(jsonPath("$", hasSize(2)));

		String callBack = id(mvc.perform(apiPost(anna, """
				{"text": "Перезванивать за 15 минут", "kind": "IDEAL", "painId": "%s"}""".formatted(clinic.painId()),
				SESSION + "/ideas", ws, session))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.touchpointId").value(clinic.callId().toString())));
		String slots = id(mvc.perform(apiPost(boris, """
				{"text": "Показывать свободные окна", "kind": "IDEAL", "touchpointId": "%s"}""".formatted(clinic.siteId()),
				SESSION + "/ideas", ws, session)).andExpect(status().isCreated()));
		String duplicate = id(mvc.perform(apiPost(boris, "{\"text\": \"Перезванивать\", \"kind\": \"IDEAL\"}",
				SESSION + "/ideas", ws, session)).andExpect(status().isCreated()));
		mvc.perform(apiPost(boris, "{\"text\": \"Чужая точка\", \"kind\": \"PROBLEM\", \"touchpointId\": \"%s\"}"
			.formatted(UUID.randomUUID()), SESSION + "/ideas", ws, session))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("touchpointId"));

		vote(anna, ws, session, callBack, "QUICK_WIN", 2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Голосование не открыто."));
		mvc.perform(apiPost(anna, "", SESSION + "/voting/open", ws, session)).andExpect(status().isForbidden());
		mvc.perform(apiPost(facilitator, "", SESSION + "/voting/open", ws, session))
			.andExpect(status().isOk()).andExpect(jsonPath("$.voting").value("OPEN"));

		vote(anna, ws, session, callBack, "QUICK_WIN", 2).andExpect(status().isOk())
			.andExpect(jsonPath("$.points").value(2)).andExpect(jsonPath("$.remaining").value(2));
		vote(anna, ws, session, callBack, "QUICK_WIN", 2).andExpect(status().isOk())
			.andExpect(jsonPath("$.remaining").value(2));
		vote(anna, ws, session, slots, "QUICK_WIN", 3).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("points"))
			.andExpect(jsonPath("$.errors[0].message").value("Бюджет номинации — 4 баллов, осталось 2."));
		vote(anna, ws, session, slots, "IMPORTANT", 4).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("На одну идею можно отдать не больше 3 баллов."));
		vote(anna, ws, session, duplicate, "QUICK_WIN", 2).andExpect(status().isOk())
			.andExpect(jsonPath("$.remaining").value(0));
		vote(anna, ws, session, slots, "IMPORTANT", 3).andExpect(status().isOk());
		vote(boris, ws, session, slots, "QUICK_WIN", 1).andExpect(status().isOk());
		vote(boris, ws, session, callBack, "QUICK_WIN", 1).andExpect(status().isOk());
		vote(boris, ws, session, callBack, "QUICK_WIN", 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.remaining").value(3));
		vote(boris, ws, session, slots, "IMPORTANT", 3).andExpect(status().isOk());
		mvc.perform(apiGet(anna, SESSION + "/votes/me", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.remaining.QUICK_WIN").value(0))
			.andExpect(jsonPath("$.remaining.IMPORTANT").value(2))
			.andExpect(jsonPath("$.votes", hasSize(3)));

		// Anna's 2 + 2 on the duplicates are capped at 3; one point returns to her budget.
		mvc.perform(apiPost(facilitator, "{\"targetId\": \"%s\"}".formatted(callBack),
				SESSION + "/ideas/{ideaId}/merge", ws, session, duplicate)).andExpect(status().isOk())
			.andExpect(jsonPath("$.authorIds", hasSize(2)));
		mvc.perform(apiGet(anna, SESSION + "/votes/me", ws, session))
			.andExpect(jsonPath("$.remaining.QUICK_WIN").value(1));
		mvc.perform(apiGet(anna, SESSION + "/ideas", ws, session)).andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(apiGet(facilitator, SESSION + "/ideas", ws, session)).andExpect(jsonPath("$", hasSize(3)));

		mvc.perform(apiGet(anna, SESSION + "/results", ws, session)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Фасилитатор ещё не открыл результаты."));
		mvc.perform(apiGet(facilitator, SESSION + "/results", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.revealed").value(false))
			.andExpect(jsonPath("$.nominations[0].nomination").value("QUICK_WIN"))
			.andExpect(jsonPath("$.nominations[0].ideas[0].ideaId").value(callBack))
			.andExpect(jsonPath("$.nominations[0].ideas[0].points").value(3))
			.andExpect(jsonPath("$.nominations[0].ideas[0].ballots", hasSize(0)))
			.andExpect(jsonPath("$.nominations[1].ideas[0].ideaId").value(slots))
			.andExpect(jsonPath("$.nominations[1].ideas[0].points").value(6))
			.andExpect(jsonPath("$.nominations[1].ideas[0].voters").value(2));

		mvc.perform(apiPost(facilitator, "{\"planId\": \"%s\", \"ideaIds\": [\"%s\"]}".formatted(clinic.planId(), slots),
				SESSION + "/plan-tasks", ws, session)).andExpect(status().isConflict());
		mvc.perform(apiPost(facilitator, "", SESSION + "/voting/close", ws, session)).andExpect(status().isOk());
		vote(anna, ws, session, slots, "IMPORTANT", 0).andExpect(status().isConflict());
		mvc.perform(apiPost(facilitator, "", SESSION + "/results/reveal", ws, session)).andExpect(status().isOk());
		mvc.perform(apiGet(anna, SESSION + "/results", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.revealed").value(true));

		var other = fixture.clinic("Клиника Чужой план", 0);
		mvc.perform(apiPost(facilitator, "{\"planId\": \"%s\", \"ideaIds\": [\"%s\"]}".formatted(other.planId(), slots),
				SESSION + "/plan-tasks", ws, session)).andExpect(status().isNotFound());
		String tasks = "{\"planId\": \"%s\", \"ideaIds\": [\"%s\", \"%s\"]}".formatted(clinic.planId(), slots, callBack);
		mvc.perform(apiPost(facilitator, tasks, SESSION + "/plan-tasks", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created[0].title").value("Перезванивать за 15 минут"))
			.andExpect(jsonPath("$.created[0].block").value("Быстрые победы"))
			.andExpect(jsonPath("$.created[0].painId").value(clinic.painId().toString()))
			.andExpect(jsonPath("$.created[1].title").value("Показывать свободные окна"))
			.andExpect(jsonPath("$.created[1].block").value("Важные результаты"));
		mvc.perform(apiPost(facilitator, tasks, SESSION + "/plan-tasks", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created", hasSize(0))).andExpect(jsonPath("$.skippedIdeaIds", hasSize(2)));

		mvc.perform(apiPatch(facilitator, "{\"quickWinBudget\": 6, \"version\": 0}", SESSION, ws, session))
			.andExpect(status().isConflict());
		mvc.perform(apiPost(facilitator, "", SESSION + "/close", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.joinCode").doesNotExist());
		mvc.perform(apiPost(facilitator, "", SESSION + "/brainstorming/lock", ws, session))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("Сессия завершена, изменения не принимаются."));
	}

	@Test
	void openVotingShowsWhoVotedAndTheOwnerStandsInForTheFacilitator() throws Exception {
		Clinic clinic = fixture.clinic("Клиника Открытое голосование", 1);
		UUID ws = clinic.ws();
		String owner = companies.token(clinic.company().owner());
		String anna = clinic.staffTokens().get(0);
		String session = id(mvc.perform(apiPost(clinic.facilitatorToken(), """
				{"title": "Открытая сессия", "journeyIds": ["%s"], "quickWinBudget": 3, "importantBudget": 3,
				 "maxPointsPerIdea": 2, "anonymous": false}""".formatted(clinic.journeyId()), SESSIONS, ws)));
		mvc.perform(apiPost(owner, "{\"personId\": \"%s\"}".formatted(clinic.staff().get(0).personId()),
				SESSION + "/participants", ws, session)).andExpect(status().isCreated());
		String idea = id(mvc.perform(apiPost(anna, "{\"text\": \"Кофе в холле\", \"kind\": \"IDEAL\"}",
				SESSION + "/ideas", ws, session)));
		mvc.perform(apiPost(owner, "", SESSION + "/voting/open", ws, session)).andExpect(status().isOk());
		vote(anna, ws, session, idea, "IMPORTANT", 2).andExpect(status().isOk());
		mvc.perform(apiPatch(owner, "{\"hidden\": true, \"version\": 0}", SESSION + "/ideas/{ideaId}", ws, session, idea))
			.andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(true));
		vote(anna, ws, session, idea, "IMPORTANT", 1).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ideaId"));
		mvc.perform(apiPatch(owner, "{\"hidden\": false, \"version\": 0}", SESSION + "/ideas/{ideaId}", ws, session, idea))
			.andExpect(status().isOk());
		mvc.perform(apiGet(owner, SESSION + "/results", ws, session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.nominations[1].ideas[0].ballots[0].name").value("Сотрудник EMPLOYEE"))
			.andExpect(jsonPath("$.nominations[1].ideas[0].ballots[0].points").value(2));
	}

	private ResultActions vote(String token, UUID ws, String session, String idea, String nomination, int points)
			throws Exception {
		MockHttpServletRequestBuilder request = put(VOTE, ws, session, idea).with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nomination\": \"%s\", \"points\": %d}".formatted(nomination, points));
		return mvc.perform(request);
	}

	private String id(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).path("id").asString();
	}
}
