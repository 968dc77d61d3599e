package org.serviceplan.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanHistoryTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;

	@Test
	void aTasksChangesAreInTheHistoryWithPeopleByNameAndStatusesInWords() throws Exception {
		var clinic = companies.company("Клиника История плана");
		var owner = clinic.ownerMember();
		PlanTask task = TenantContext.inWorkspace(clinic.id(), () -> {
			var plan = plans.createFromTemplate(owner, "standard", "Сервисный план 2027", LocalDate.of(2027, 1, 1), null);
			PlanTask first = plan.tasks().get(0);
			TaskDetails d = first.details();
			return plans.changeTask(owner, plan.id(), first.id(), new TaskDetails(d.goalId(), d.block(), d.title(),
					d.description(), d.responsibleId(), d.coExecutorIds(), d.startDate(), d.dueDate().plusDays(7),
					d.expectedResult(), d.targetMetric(), d.targetValue(), d.reportingFormat(), d.budgetAmount(),
					d.budgetCurrency(), d.budgetSource(), d.reward(), TaskStatus.IN_PROGRESS, d.priority(), d.kind()),
					first.version());
		});
		mvc.perform(get("/api/v1/workspaces/{ws}/history/task/{id}", clinic.id(), task.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + companies.token(clinic.owner())))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].changes[*].field", Matchers.containsInAnyOrder("dueDate", "status")));
		mvc.perform(get("/w/{ws}/history/task/{id}", clinic.id(), task.id()).with(user(clinic.owner())))
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Задача плана"),
					Matchers.containsString("В работе"), Matchers.containsString(owner.name()))));
	}
}
