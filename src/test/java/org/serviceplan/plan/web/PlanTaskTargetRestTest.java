package org.serviceplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A task names a measured target of its own workspace's dashboard through the API, never another's. */
@IntegrationTest
class PlanTaskTargetRestTest {

	static final String TASKS = "/api/v1/workspaces/{ws}/plans/{planId}/tasks";
	static final LocalDate START = LocalDate.of(2027, 1, 1);

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Targets targets;

	Company clinic;
	String owner;
	UUID planId;
	UUID goalId;
	UUID taskId;
	UUID target;
	UUID foreignTarget;

	@BeforeEach
	void planWithATaskAndTargets() {
		clinic = companies.company("Клиника Цели API " + UUID.randomUUID());
		owner = companies.token(clinic.owner());
		var member = clinic.ownerMember();
		target = targetOf(clinic);
		foreignTarget = targetOf(companies.company("Чужая клиника " + UUID.randomUUID()));
		TenantContext.inWorkspace(clinic.id(), () -> {
			planId = plans.create(member, "План", null, PlanPeriod.oneYearFrom(START), member.personId(), Set.of()).id();
			goalId = plans.addGoal(planId, "Лояльность", null).id();
			taskId = plans.addTask(member, planId, new TaskDetails(goalId, "Персонал", "Обучить", null,
					member.personId(), Set.of(), START, START.plusMonths(2), null, null, null, null, null, null, null,
					null, TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.TRAINING)).id();
			return null;
		});
	}

	UUID targetOf(Company company) {
		return TenantContext.inWorkspace(company.id(), () -> targets.set(new TargetDetails("NPS", Comparison.AT_LEAST,
				new BigDecimal("50"), LocalDate.of(2027, 12, 31), null, null)).id());
	}

	PlanTask task() {
		return TenantContext.inWorkspace(clinic.id(), () -> plans.plan(planId).task(taskId));
	}

	String newTask(UUID targetId) {
		return """
				{"title": "Поднять NPS", "goalId": "%s", "block": "Сервис", "responsibleId": "%s",
				 "startDate": "2027-02-01", "dueDate": "2027-06-30", "targetId": "%s"}"""
			.formatted(goalId, clinic.ownerMember().personId(), targetId);
	}

	@Test
	void aTaskNamesATargetOfItsWorkspaceKeepsItAndDropsIt() throws Exception {
		mvc.perform(apiPost(owner, newTask(target), TASKS, clinic.id(), planId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.targetId").value(target.toString()));

		mvc.perform(apiPatch(owner, "{\"targetId\": \"%s\", \"version\": %d}".formatted(target, task().version()),
				TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetId").value(target.toString()));
		mvc.perform(apiPatch(owner, "{\"title\": \"Обучить всех\", \"version\": %d}".formatted(task().version()),
				TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetId").value(target.toString()));
		mvc.perform(apiGet(owner, TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(jsonPath("$.targetId").value(target.toString()));

		mvc.perform(apiPatch(owner, "{\"targetId\": null, \"version\": %d}".formatted(task().version()),
				TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetId").doesNotExist());
		assertThat(task().targetId()).isNull();
	}

	@Test
	void aTaskWhoseTargetWasRemovedFromTheDashboardCanStillBeEdited() throws Exception {
		TenantContext.inWorkspace(clinic.id(), () -> plans.nameResultTarget(planId, taskId, target));
		TenantContext.inWorkspace(clinic.id(), () -> {
			targets.remove(target);
			return null;
		});

		mvc.perform(apiPatch(owner, "{\"title\": \"Обучить всех\", \"version\": %d}".formatted(task().version()),
				TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Обучить всех"))
			.andExpect(jsonPath("$.targetId").value(target.toString()));
	}

	@Test
	void aTargetOfAnotherWorkspaceIsAFieldErrorAndNothingIsWritten() throws Exception {
		mvc.perform(apiPost(owner, newTask(foreignTarget), TASKS, clinic.id(), planId)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("targetId"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"This workspace has no such target on its metrics dashboard: pick one of its targets or none."));
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> plans.plan(planId).tasks())).hasSize(1);

		long version = task().version();
		mvc.perform(apiPatch(owner, "{\"title\": \"Переименовать\", \"targetId\": \"%s\", \"version\": %d}"
			.formatted(foreignTarget, version), TASKS + "/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		assertThat(task().title()).isEqualTo("Обучить");
		assertThat(task().targetId()).isNull();
		assertThat(task().version()).isEqualTo(version);
	}
}
