package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TargetRestControllerTest {

	static final String TARGETS = "/api/v1/workspaces/{ws}/targets";
	static final String TARGET = "/api/v1/workspaces/{ws}/targets/{targetId}";
	static final String FEEDBACK = "/api/v1/workspaces/{ws}/feedback";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	Targets targets;

	Company clinic;
	String owner;
	String due;

	@BeforeEach
	void clinic() {
		clinic = companies.company("Клиника Цели " + UUID.randomUUID());
		owner = companies.token(clinic.owner());
		due = LocalDate.now().plusMonths(6).toString();
	}

	@Test
	void setsATargetAndShowsItsProgressAsTheDashboardDoes() throws Exception {
		String answers = "";
		for (int i = 0; i < 40; i++) {
			answers += "{\"metric\": \"NPS\", \"score\": 10, \"answeredAt\": \"" + LocalDate.now().minusDays(1)
					+ "T10:00:00+03:00\"}\n";
		}
		mvc.perform(post(FEEDBACK, clinic.id()).with(bearer(owner)).contentType("application/x-ndjson").content(answers))
			.andExpect(jsonPath("$.accepted").value(40));

		String created = mvc.perform(apiPost(owner, """
				{"metric": "NPS", "comparison": "AT_LEAST", "value": 50, "dueDate": "%s", "segment": " "}""".formatted(due),
				TARGETS, clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/targets/")))
			.andExpect(jsonPath("$.metric").value("NPS"))
			.andExpect(jsonPath("$.comparison").value("AT_LEAST"))
			.andExpect(jsonPath("$.value").value(50))
			.andExpect(jsonPath("$.dueDate").value(due))
			.andExpect(jsonPath("$.segment").doesNotExist())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.progress.status").value("REACHED"))
			.andExpect(jsonPath("$.progress.value").value(100.0))
			.andExpect(jsonPath("$.progress.n").value(40))
			.andExpect(jsonPath("$.progress.ci95", hasSize(2)))
			.andExpect(jsonPath("$.progress.to").value(LocalDate.now().toString()))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(apiGet(owner, TARGETS, clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].progress.n").value(40));
		mvc.perform(apiGet(owner, TARGET, clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress.certain").value(true));

		mvc.perform(apiPatch(owner, "{\"comparison\": \"AT_MOST\", \"value\": -10, \"version\": 0}", TARGET, clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comparison").value("AT_MOST"))
			.andExpect(jsonPath("$.value").value(-10))
			.andExpect(jsonPath("$.metric").value("NPS"))
			.andExpect(jsonPath("$.dueDate").value(due))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.progress.status").value("NOT_YET"));

		mvc.perform(apiDelete(owner, TARGET, clinic.id(), id)).andExpect(status().isNoContent());
		mvc.perform(apiGet(owner, TARGET, clinic.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiGet(owner, TARGETS, clinic.id())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aStaleVersionInTheBodyOrInIfMatchIsAConflictAndChangesNothing() throws Exception {
		String id = create("{\"metric\": \"CSAT\", \"comparison\": \"AT_LEAST\", \"value\": 80, \"dueDate\": \"" + due + "\"}");
		mvc.perform(apiPatch(owner, "{\"value\": 85}", TARGET, clinic.id(), id).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(owner, "{\"value\": 90, \"version\": 0}", TARGET, clinic.id(), id))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(apiPatch(owner, "{\"value\": 90}", TARGET, clinic.id(), id).header("If-Match", "W/\"0\""))
			.andExpect(status().isConflict());
		mvc.perform(apiPatch(owner, "{\"value\": 90}", TARGET, clinic.id(), id).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
		mvc.perform(apiGet(owner, TARGET, clinic.id(), id))
			.andExpect(jsonPath("$.value").value(85))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void rejectsBrokenRulesNamingTheFieldInTheCallersLanguage() throws Exception {
		mvc.perform(apiPost(owner, "{\"metric\": \"NPS\", \"comparison\": \"AT_LEAST\", \"value\": 150, \"dueDate\": \"" + due
				+ "\"}", TARGETS, clinic.id()).header("Accept-Language", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].message").value("Значение — от -100 до 100."));
		mvc.perform(apiPost(owner, "{\"metric\": \"LTV\", \"comparison\": \"AT_LEAST\", \"value\": 1, \"dueDate\": \"" + due
				+ "\"}", TARGETS, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("metric"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose NPS, CSAT or CES."));
		mvc.perform(apiPost(owner, "{\"metric\": \"NPS\", \"comparison\": \"AT_LEAST\", \"value\": 50}", TARGETS,
				clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		mvc.perform(apiPost(owner, "{\"metric\": \"NPS\", \"comparison\": \"MORE\", \"value\": 50, \"dueDate\": \"" + due
				+ "\"}", TARGETS, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comparison"));
		mvc.perform(apiGet(owner, TARGETS, clinic.id())).andExpect(jsonPath("$", hasSize(0)));

		String id = create("{\"metric\": \"CES\", \"comparison\": \"AT_LEAST\", \"value\": 5, \"dueDate\": \"" + due + "\"}");
		mvc.perform(apiPatch(owner, "{\"value\": 8, \"version\": 0}", TARGET, clinic.id(), id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		mvc.perform(apiGet(owner, TARGET, clinic.id(), id)).andExpect(jsonPath("$.value").value(5));
	}

	@Test
	void rejectsTargetOfAnotherWorkspacesTouchpoint() throws Exception {
		UUID own = touchpointOf(clinic);
		UUID foreign = touchpointOf(companies.company("Чужая клиника " + UUID.randomUUID()));
		String body = "{\"metric\": \"NPS\", \"comparison\": \"AT_LEAST\", \"value\": 50, \"dueDate\": \"" + due
				+ "\", \"touchpointId\": \"%s\"}";
		mvc.perform(apiPost(owner, body.formatted(foreign), TARGETS, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("touchpointId"))
			.andExpect(jsonPath("$.errors[0].message").value("there is no touchpoint " + foreign + " in this workspace."));
		String id = create(body.formatted(own));
		mvc.perform(apiPatch(owner, "{\"touchpointId\": \"" + UUID.randomUUID() + "\", \"version\": 0}", TARGET,
				clinic.id(), id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("touchpointId"));
		mvc.perform(apiGet(owner, TARGET, clinic.id(), id))
			.andExpect(jsonPath("$.touchpointId").value(own.toString()))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void dashboardFormRejectsTargetOfAnotherWorkspacesTouchpoint() throws Exception {
		UUID foreign = touchpointOf(companies.company("Чужая клиника " + UUID.randomUUID()));
		mvc.perform(post("/w/{ws}/feedback/targets", clinic.id()).param("metric", "NPS").param("comparison", "AT_LEAST")
			.param("value", "50").param("dueDate", due).param("touchpointId", foreign.toString())
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + clinic.id() + "/feedback#targets"))
			.andExpect(flash().attribute("flashError", "feedback.answer.unknownTouchpoint"));
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> targets.all())).isEmpty();
	}

	@Test
	void anotherWorkspacesTargetIsNotFoundAndAnEmployeeOnlyReads() throws Exception {
		String id = create("{\"metric\": \"NPS\", \"comparison\": \"AT_LEAST\", \"value\": 50, \"dueDate\": \"" + due + "\"}");
		Company salon = companies.company("Салон Цели " + UUID.randomUUID());
		String salonOwner = companies.token(salon.owner());
		mvc.perform(apiGet(salonOwner, TARGET, salon.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiPatch(salonOwner, "{\"value\": 10, \"version\": 0}", TARGET, salon.id(), id))
			.andExpect(status().isNotFound());
		mvc.perform(apiDelete(salonOwner, TARGET, salon.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiGet(salonOwner, TARGET, clinic.id(), id)).andExpect(status().isNotFound());
		mvc.perform(apiGet(salonOwner, TARGETS, salon.id())).andExpect(jsonPath("$", hasSize(0)));

		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		mvc.perform(apiGet(employee, TARGET, clinic.id(), id)).andExpect(status().isOk());
		mvc.perform(apiPatch(employee, "{\"value\": 10, \"version\": 0}", TARGET, clinic.id(), id))
			.andExpect(status().isForbidden());
		mvc.perform(apiDelete(employee, TARGET, clinic.id(), id)).andExpect(status().isForbidden());
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> targets.all())).hasSize(1);
	}

	private String create(String body) throws Exception {
		String created = mvc.perform(apiPost(owner, body, TARGETS, clinic.id()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private UUID touchpointOf(Company company) {
		return TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Во время визита");
			return journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Касса", Channel.OFFLINE)).id();
		});
	}
}
