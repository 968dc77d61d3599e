package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.serviceplan.plan.internal.PlanFixture.ADMINISTRATOR;
import static org.serviceplan.plan.internal.PlanFixture.LEAD;
import static org.serviceplan.plan.internal.PlanFixture.OWNER;
import static org.serviceplan.plan.internal.PlanFixture.readyPlan;
import static org.serviceplan.plan.internal.PlanFixture.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.Readiness.PartName;
import org.serviceplan.shared.Money;

class TemplatesTest {

	static final LocalDate START = LocalDate.of(2027, 1, 1);

	@Test
	void standardTemplateIsAOneYearPlanWithQuarterlyCheckpointsAndTheTypicalActions() {
		ServicePlan plan = StandardTemplate.content().newPlan("Сервисный план 2027", START, Money.RUB, LEAD, Set.of(OWNER));
		assertThat(plan.period().months()).isEqualTo(12);
		assertThat(plan.checkpoints()).hasSize(4);
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.tasks()).extracting(PlanTask::kind).contains(TaskKind.SOFTWARE_ROLLOUT, TaskKind.TRAINING,
				TaskKind.FEEDBACK_COLLECTION, TaskKind.SATISFACTION_TARGET, TaskKind.NEW_UNIT);
		assertThat(plan.tasks()).allMatch(t -> t.responsibleId().equals(LEAD))
			.allMatch(t -> plan.period().contains(t.dueDate()));
	}

	@Test
	void standardTemplateLeavesOnlyTheBudgetsToFillIn() {
		ServicePlan plan = StandardTemplate.content().newPlan("План", START, Money.RUB, LEAD, Set.of(OWNER));
		assertThat(Readiness.of(plan, OWNER::equals).missingParts()).containsExactly(PartName.BUDGET_WITH_SOURCE);
	}

	@Test
	void aSavedPlanComesBackAsTheSameStructureAtNewDates() {
		ServicePlan original = readyPlan();
		ServicePlan next = TemplateContent.of(original).newPlan("Копия", START.plusYears(1), Money.RUB, LEAD, Set.of(OWNER));
		assertThat(next.goals()).extracting(Goal::title).containsExactlyElementsOf(original.goals().stream().map(Goal::title).toList());
		assertThat(next.checkpoints()).extracting(Checkpoint::title)
			.containsExactlyElementsOf(original.checkpoints().stream().map(Checkpoint::title).toList());
		assertThat(next.checkpoints().get(0).date()).as("89 days after the start, as in the original; 2028 is a leap year")
			.isEqualTo(LocalDate.of(2028, 3, 30));
		assertThat(next.tasks()).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("Обучить администраторов скриптам приёма");
			assertThat(t.startDate()).isEqualTo(LocalDate.of(2028, 2, 1));
			assertThat(t.budgetAmount()).isEqualByComparingTo("120000");
		});
	}

	@Test
	void copiesAClosedPlanIntoNextYearsDraftCarryingOverOnlyUnfinishedTasks() {
		ServicePlan plan = readyPlan();
		var goal = plan.goals().get(0).id();
		var done = plan.addTask(task(goal, "Технологии", "Внедрить CRM", ADMINISTRATOR));
		plan.changeTask(done.id(), withStatus(done.details(), TaskStatus.DONE), null);
		plan.submitForApproval(Readiness.of(plan, OWNER::equals), LEAD, Instant.EPOCH);
		plan.approve(OWNER, Instant.EPOCH);
		plan.close("Итоги года", LEAD, Instant.EPOCH);

		ServicePlan next = plan.copyForNextYear("Сервисный план 2028");
		assertThat(next.status()).isEqualTo(org.serviceplan.plan.PlanStatus.DRAFT);
		assertThat(next.copiedFrom()).isEqualTo(plan.id());
		assertThat(next.period().start()).isEqualTo(LocalDate.of(2028, 1, 1));
		assertThat(next.tasks()).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("Обучить администраторов скриптам приёма");
			assertThat(t.isCarriedOver()).isTrue();
			assertThat(t.status()).isEqualTo(TaskStatus.PLANNED);
		});
	}

	@Test
	void onlyAClosedPlanIsCopiedToNextYear() {
		assertThatThrownBy(() -> readyPlan().copyForNextYear("Рано")).isInstanceOf(PlanInWrongState.class);
	}

	static TaskDetails withStatus(TaskDetails d, TaskStatus status) {
		return new TaskDetails(d.goalId(), d.block(), d.title(), d.description(), d.responsibleId(), d.coExecutorIds(),
				d.startDate(), d.dueDate(), d.expectedResult(), d.targetMetric(), d.targetValue(), d.reportingFormat(),
				d.budgetAmount(), d.budgetCurrency(), d.budgetSource(), d.reward(), status, d.priority(), d.kind());
	}
}
