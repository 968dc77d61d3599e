package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.serviceplan.plan.internal.PlanFixture.ADMINISTRATOR;
import static org.serviceplan.plan.internal.PlanFixture.LEAD;
import static org.serviceplan.plan.internal.PlanFixture.OWNER;
import static org.serviceplan.plan.internal.PlanFixture.readyPlan;
import static org.serviceplan.plan.internal.PlanFixture.task;
import static org.serviceplan.plan.internal.PlanFixture.withDates;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.TaskStatus;

class ClosingAndReportingTest {

	static final Instant NOW = Instant.parse("2027-12-28T09:00:00Z");

	@Test
	void onlyLeadOrOwnerClosesPlan() {
		ServicePlan plan = approved(readyPlan());
		assertThatThrownBy(() -> plan.close("Итоги", ADMINISTRATOR, false, NOW)).isInstanceOf(NotAllowed.class)
			.hasFieldOrPropertyWithValue("messageKey", "plan.close.onlyLeadOrOwner");
		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);

		plan.close("NPS вырос с 20 до 41", LEAD, false, NOW);
		assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);

		ServicePlan another = approved(readyPlan());
		another.close("Закрыл владелец", OWNER, true, NOW);
		assertThat(another.status()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void onlyLeadOrOwnerClosesACheckpoint() {
		ServicePlan plan = approved(readyPlan());
		var checkpoint = plan.checkpoints().get(0);
		assertThatThrownBy(() -> plan.closeCheckpoint(checkpoint.id(), ADMINISTRATOR, false, "Смотрел", NOW))
			.isInstanceOf(NotAllowed.class)
			.hasFieldOrPropertyWithValue("messageKey", "plan.checkpoint.onlyLeadCloses");
		assertThat(checkpoint.isClosed()).isFalse();
		plan.closeCheckpoint(checkpoint.id(), LEAD, false, "Отчёты приняты", NOW);
		assertThat(checkpoint.isClosed()).isTrue();
	}

	@Test
	void aTaskReportsAtTheCheckpointsItRunsThrough() {
		ServicePlan plan = readyPlan();
		var goal = plan.goals().get(0).id();
		// The fixture's task runs 1 Feb – 15 Mar and is done: it reports at the first checkpoint only (an open task
		// keeps reporting after its due date, see PlanControlRulesTest).
		var training = done(plan, plan.tasks().get(0));
		var crm = done(plan, plan.addTask(withDates(task(goal, "Технологии", "Внедрить CRM", ADMINISTRATOR),
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31))));
		var later = plan.addTask(withDates(task(goal, "Технологии", "Сайт", ADMINISTRATOR), LocalDate.of(2027, 10, 1),
				LocalDate.of(2027, 11, 30)));
		var first = plan.checkpoints().get(0).id();
		var second = plan.checkpoints().get(1).id();
		var third = plan.checkpoints().get(2).id();
		var fourth = plan.checkpoints().get(3).id();

		assertThat(plan.tasksToReportAt(first)).containsExactlyInAnyOrder(training, crm);
		assertThat(plan.tasksToReportAt(second)).containsExactly(crm);
		assertThat(plan.tasksToReportAt(third)).containsExactly(crm);
		assertThat(plan.tasksToReportAt(fourth)).containsExactly(later);
	}

	@Test
	void aCancelledTaskOwesNoReport() {
		ServicePlan plan = readyPlan();
		withStatus(plan, plan.tasks().get(0), TaskStatus.CANCELLED);
		assertThat(plan.tasksToReportAt(plan.checkpoints().get(0).id())).isEmpty();
	}

	private static PlanTask done(ServicePlan plan, PlanTask task) {
		return withStatus(plan, task, TaskStatus.DONE);
	}

	private static PlanTask withStatus(ServicePlan plan, PlanTask task, TaskStatus status) {
		var d = task.details();
		return plan.changeTask(task.id(), new TaskDetails(d.goalId(), d.block(), d.title(), d.description(),
				d.responsibleId(), d.coExecutorIds(), d.startDate(), d.dueDate(), d.expectedResult(), d.targetMetric(),
				d.targetValue(), d.reportingFormat(), d.budgetAmount(), d.budgetCurrency(), d.budgetSource(), d.reward(),
				status, d.priority(), d.kind()), task.version());
	}

	private static ServicePlan approved(ServicePlan plan) {
		plan.submitForApproval(Readiness.of(plan, OWNER::equals), LEAD, NOW);
		plan.approve(OWNER, NOW);
		return plan;
	}
}
