package org.serviceplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.ResultTargets;
import org.serviceplan.plan.ResultTargets.ResultTarget;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plan knows measured targets only through {@link ResultTargets}: whatever offers them, a task can name one. */
@IntegrationTest
class PlanTaskResultTargetTest {

	static final UUID TARGET = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@MockitoBean
	ResultTargets targets;

	@Test
	void taskNamesAnOfferedTargetAndShowsItsProgress() throws Exception {
		given(targets.targets(any())).willReturn(List.of(new ResultTarget(TARGET, "CSAT ≥ 85 к 31.12.2027",
				"сейчас 81 (95% ДИ 78 – 84), n = 640 · ещё не достигнута", "NOT_YET", "/somewhere#target")));
		var company = companies.company("Клиника SPI");
		var owner = company.ownerMember();
		var ids = TenantContext.inWorkspace(company.id(), () -> {
			LocalDate start = LocalDate.now().withDayOfMonth(1);
			var plan = plans.create(owner, "План", null, PlanPeriod.oneYearFrom(start), owner.personId(), Set.of());
			var goal = plans.addGoal(plan.id(), "Лояльность", null);
			var task = plans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить", null,
					owner.personId(), Set.of(), start, start.plusMonths(2), null, null, null, null, null, null, null,
					null, TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.TRAINING));
			return List.of(plan.id(), goal.id(), task.id());
		});
		String path = "/w/" + company.id() + "/plans/" + ids.get(0) + "/tasks/" + ids.get(2);
		var task = TenantContext.inWorkspace(company.id(), () -> plans.plan(ids.get(0)).task(ids.get(2)));

		mvc.perform(post(path).param("goalId", ids.get(1).toString()).param("block", "Персонал")
			.param("title", "Обучить").param("responsibleId", owner.personId().toString())
			.param("startDate", task.startDate().toString()).param("dueDate", task.dueDate().toString())
			.param("status", "PLANNED").param("priority", "MEDIUM").param("kind", "TRAINING")
			.param("version", String.valueOf(task.version())).param("targetId", TARGET.toString())
			.with(user(company.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(TenantContext.inWorkspace(company.id(), () -> plans.plan(ids.get(0)).task(ids.get(2)).targetId()))
			.isEqualTo(TARGET);
		var page = Jsoup.parse(mvc.perform(get(path).with(user(company.owner()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".result-target").text()).isEqualTo(
				"CSAT ≥ 85 к 31.12.2027 сейчас 81 (95% ДИ 78 – 84), n = 640 · ещё не достигнута");
		assertThat(page.select("#task-result-target option[selected]").val()).isEqualTo(TARGET.toString());
	}

	@Test
	void taskFormOffersNoTargetWhenNoneIsOffered() throws Exception {
		given(targets.targets(any())).willReturn(List.of());
		var company = companies.company("Клиника без целей");
		var owner = company.ownerMember();
		UUID planId = TenantContext.inWorkspace(company.id(), () -> plans.create(owner, "План", null,
				PlanPeriod.oneYearFrom(LocalDate.now().withDayOfMonth(1)), owner.personId(), Set.of()).id());

		var page = Jsoup.parse(mvc.perform(get("/w/{ws}/plans/{p}/tasks/new", company.id(), planId)
			.with(user(company.owner()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#task-result-target")).isEmpty();
	}
}
