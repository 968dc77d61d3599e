package org.serviceplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo clinic starts with one running service plan, built through the same rules as any plan. */
@SpringBootTest(properties = { "serviceplan.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo-plan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoPlanTest {

	@Autowired
	Accounts accounts;
	@Autowired
	Workspaces workspaces;
	@Autowired
	ServicePlans plans;
	@Autowired
	MockMvc mvc;

	@Test
	void theDemoClinicHasOneActivePlanWithThreeCheckpointsTasksInSeveralStatesAndReports() throws Exception {
		var owner = accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow();
		UUID clinic = workspaces.of(owner.id()).stream().filter(w -> w.name().equals("Клиника «Здоровье»")).findFirst()
			.orElseThrow().id();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

		ServicePlan plan = TenantContext.inWorkspace(clinic, () -> {
			assertThat(plans.all()).hasSize(1);
			return plans.all().get(0);
		});
		var reports = TenantContext.inWorkspace(clinic, () -> plans.reports(plan.id()));

		assertThat(plan.statusOn(today)).isEqualTo(PlanStatus.ACTIVE);
		assertThat(plan.approvedBy()).isNotNull();
		assertThat(plan.checkpoints()).hasSize(3);
		assertThat(plan.checkpoints().get(0).isClosed()).isTrue();
		assertThat(plan.checkpoints().get(0).closingComment()).isNotBlank();
		assertThat(plan.checkpoints().get(1).date()).isBefore(today);
		assertThat(plan.checkpoints().get(2).date()).isAfter(today);
		assertThat(plan.tasks()).hasSizeGreaterThanOrEqualTo(8)
			.extracting(PlanTask::block).contains("Персонал", "Технологии", "Обратная связь");
		assertThat(plan.tasks()).extracting(PlanTask::status)
			.contains(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.PLANNED);
		assertThat(plan.tasks()).filteredOn(t -> t.isOverdueOn(today)).hasSize(1);
		assertThat(plan.tasks()).anyMatch(t -> t.reward() != null);
		assertThat(reports).hasSizeGreaterThanOrEqualTo(4).anyMatch(r -> r.spent() != null);
		assertThat(reports).extracting(CheckpointReport::checkpointId)
			.contains(plan.checkpoints().get(0).id(), plan.checkpoints().get(1).id());

		CurrentUser ownerLogin = new CurrentUser(owner.id().value(), owner.email(), owner.name(), null, false);
		mvc.perform(get("/w/{ws}/plans/{p}/control", clinic, plan.id()).with(user(ownerLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"timeline\""),
					Matchers.containsString("Доработать CRM"), Matchers.containsString("id=\"missed-count\">2<"))));
		mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic, plan.id(), plan.checkpoints().get(1).id())
			.with(user(ownerLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"not-reported\"")));
	}
}
