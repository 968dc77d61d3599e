package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.serviceplan.plan.internal.PlanFixture.ADMINISTRATOR;
import static org.serviceplan.plan.internal.PlanFixture.OWNER;
import static org.serviceplan.plan.internal.PlanFixture.readyPlan;
import static org.serviceplan.plan.internal.PlanFixture.task;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.internal.Readiness.Missing;
import org.serviceplan.plan.internal.Readiness.Part;
import org.serviceplan.plan.internal.Readiness.PartName;

class ReadinessTest {

	static Part part(Readiness readiness, PartName name) {
		return readiness.parts().stream().filter(p -> p.name() == name).findFirst().orElseThrow();
	}

	@Test
	void aCompletePlanIsReadyWithAllNineParts() {
		Readiness readiness = Readiness.of(readyPlan(), OWNER::equals);
		assertThat(readiness.parts()).hasSize(9);
		assertThat(readiness.ready()).isTrue();
	}

	@Test
	void anEmptyPlanListsEveryMissingMandatoryPart() {
		ServicePlan plan = new ServicePlan("План", null, PlanPeriod.oneYearFrom(PlanFixture.START), null, null, Set.of());
		Readiness readiness = Readiness.of(plan, OWNER::equals);
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.missingParts()).containsExactly(PartName.INTRODUCTION, PartName.RESPONSIBLES,
				PartName.PERIOD_AND_CHECKPOINTS, PartName.GLOBAL_TASKS, PartName.TASKS_BY_BLOCK, PartName.RESULT_PER_TASK,
				PartName.REPORTING_FORMAT, PartName.BUDGET_WITH_SOURCE);
	}

	@Test
	void requiresAtLeastOneCheckpoint() {
		ServicePlan plan = readyPlan();
		plan.checkpoints().forEach(c -> plan.removeCheckpoint(c.id()));
		assertThat(part(Readiness.of(plan, OWNER::equals), PartName.PERIOD_AND_CHECKPOINTS).present()).isFalse();
	}

	@Test
	void requiresTheOwnerAmongTheAuthors() {
		Readiness readiness = Readiness.of(readyPlan(), someoneElse -> false);
		assertThat(part(readiness, PartName.RESPONSIBLES).missing()).extracting(Missing::messageKey)
			.containsExactly("plan.readiness.noOwnerAuthor");
	}

	@Test
	void namesEachTaskWithoutAResultOrReportingFormat() {
		ServicePlan plan = readyPlan();
		var d = task(plan.goals().get(0).id(), "Обратная связь", "Опрос после визита", ADMINISTRATOR);
		plan.addTask(new TaskDetails(d.goalId(), d.block(), d.title(), null, d.responsibleId(), Set.of(), d.startDate(),
				d.dueDate(), " ", null, null, null, d.budgetAmount(), d.budgetCurrency(), d.budgetSource(), null, null,
				null, null));
		Readiness readiness = Readiness.of(plan, OWNER::equals);
		assertThat(part(readiness, PartName.RESULT_PER_TASK).missing())
			.containsExactly(new Missing("plan.readiness.taskWithoutResult", "Опрос после визита"));
		assertThat(part(readiness, PartName.REPORTING_FORMAT).missing())
			.containsExactly(new Missing("plan.readiness.taskWithoutReporting", "Опрос после визита"));
		assertThat(readiness.ready()).isFalse();
	}

	@Test
	void aBudgetNeedsASourceUnlessItIsZero() {
		ServicePlan plan = readyPlan();
		var d = task(plan.goals().get(0).id(), "Технологии", "Онлайн-запись", ADMINISTRATOR);
		plan.addTask(new TaskDetails(d.goalId(), d.block(), d.title(), null, d.responsibleId(), Set.of(), d.startDate(),
				d.dueDate(), d.expectedResult(), null, null, d.reportingFormat(), new BigDecimal("50000"), null, null, null,
				null, null, null));
		plan.addTask(new TaskDetails(d.goalId(), d.block(), "Бесплатная задача", null, d.responsibleId(), Set.of(),
				d.startDate(), d.dueDate(), d.expectedResult(), null, null, d.reportingFormat(), BigDecimal.ZERO, null, null,
				null, null, null, null));
		assertThat(part(Readiness.of(plan, OWNER::equals), PartName.BUDGET_WITH_SOURCE).missing())
			.containsExactly(new Missing("plan.readiness.taskWithoutSource", "Онлайн-запись"));
	}

	@Test
	void theRewardIsOptional() {
		ServicePlan plan = readyPlan();
		var task = plan.tasks().get(0);
		var d = task.details();
		plan.changeTask(task.id(), new TaskDetails(d.goalId(), d.block(), d.title(), d.description(), d.responsibleId(),
				d.coExecutorIds(), d.startDate(), d.dueDate(), d.expectedResult(), d.targetMetric(), d.targetValue(),
				d.reportingFormat(), d.budgetAmount(), d.budgetCurrency(), d.budgetSource(), null, d.status(), d.priority(),
				d.kind()), null);
		Readiness readiness = Readiness.of(plan, OWNER::equals);
		assertThat(part(readiness, PartName.REWARD).present()).isFalse();
		assertThat(readiness.ready()).isTrue();
	}
}
