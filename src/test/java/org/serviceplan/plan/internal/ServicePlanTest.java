package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.serviceplan.plan.internal.PlanFixture.ADMINISTRATOR;
import static org.serviceplan.plan.internal.PlanFixture.LEAD;
import static org.serviceplan.plan.internal.PlanFixture.OWNER;
import static org.serviceplan.plan.internal.PlanFixture.START;
import static org.serviceplan.plan.internal.PlanFixture.readyPlan;
import static org.serviceplan.plan.internal.PlanFixture.task;
import static org.serviceplan.plan.internal.PlanFixture.withDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.shared.BusinessRuleViolation;

class ServicePlanTest {

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@Test
	void rejectsPlanShorterThanSixMonths() {
		assertThatThrownBy(() -> new PlanPeriod(START, START.plusMonths(5)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "endDate")
			.hasFieldOrPropertyWithValue("messageKey", "plan.period.tooShort");
	}

	@Test
	void acceptsExactlySixMonths() {
		assertThat(new PlanPeriod(START, LocalDate.of(2027, 6, 30)).months()).isEqualTo(6);
	}

	@Test
	void recommendsOneYearForPeriodsUnderTwelveMonths() {
		ServicePlan plan = new ServicePlan("Полугодовой план", null, new PlanPeriod(START, LocalDate.of(2027, 8, 31)),
				null, LEAD, Set.of(OWNER));
		assertThat(plan.warnings()).extracting(Warning::messageKey).contains("plan.period.recommendYear");
		assertThat(readyPlan().warnings()).extracting(Warning::messageKey).doesNotContain("plan.period.recommendYear");
	}

	@Test
	void requiresExactlyOneResponsiblePerTask() {
		ServicePlan plan = readyPlan();
		var goal = plan.goals().get(0);
		assertThatThrownBy(() -> plan.addTask(task(goal.id(), "Персонал", "Без ответственного", null)))
			.hasFieldOrPropertyWithValue("field", "responsibleId")
			.hasFieldOrPropertyWithValue("messageKey", "plan.task.responsible.required");
	}

	@Test
	void rejectsTaskDatesOutsideThePlanPeriod() {
		ServicePlan plan = readyPlan();
		var details = withDates(task(plan.goals().get(0).id(), "Технологии", "CRM", ADMINISTRATOR),
				LocalDate.of(2027, 11, 1), LocalDate.of(2028, 2, 1));
		assertThatThrownBy(() -> plan.addTask(details)).hasFieldOrPropertyWithValue("field", "dueDate")
			.hasFieldOrPropertyWithValue("messageKey", "plan.task.outsidePeriod");
	}

	@Test
	void rejectsDueDateBeforeStartDate() {
		ServicePlan plan = readyPlan();
		var details = withDates(task(plan.goals().get(0).id(), "Технологии", "CRM", ADMINISTRATOR),
				LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1));
		assertThatThrownBy(() -> plan.addTask(details)).hasFieldOrPropertyWithValue("messageKey",
				"plan.task.dueBeforeStart");
	}

	@Test
	void rejectsCheckpointOutsideThePeriod() {
		assertThatThrownBy(() -> readyPlan().addCheckpoint(LocalDate.of(2028, 1, 15), "Слишком поздно"))
			.hasFieldOrPropertyWithValue("field", "date")
			.hasFieldOrPropertyWithValue("messageKey", "plan.checkpoint.outsidePeriod");
	}

	@Test
	void warnsWhenTwoCheckpointsAreMoreThanFourMonthsApart() {
		ServicePlan plan = PlanFixture.emptyPlan();
		plan.addCheckpoint(LocalDate.of(2027, 2, 1), "Старт");
		plan.addCheckpoint(LocalDate.of(2027, 6, 1), "Ровно четыре месяца");
		assertThat(plan.warnings()).extracting(Warning::messageKey).doesNotContain("plan.checkpoints.farApart");
		plan.addCheckpoint(LocalDate.of(2027, 10, 15), "Больше четырёх месяцев");
		assertThat(plan.warnings()).extracting(Warning::messageKey).containsOnlyOnce("plan.checkpoints.farApart");
	}

	@Test
	void shorteningThePeriodMayNotLeaveACheckpointOutside() {
		ServicePlan plan = readyPlan();
		assertThatThrownBy(() -> plan.describe(plan.title(), plan.introduction(),
				new PlanPeriod(START, LocalDate.of(2027, 11, 30)), LEAD, Set.of(OWNER), null))
			.hasFieldOrPropertyWithValue("messageKey", "plan.period.leavesCheckpointOut");
	}

	@Test
	void refusesToSubmitAPlanThatIsNotReady() {
		ServicePlan plan = PlanFixture.emptyPlan();
		Readiness readiness = Readiness.of(plan, OWNER::equals);
		assertThatThrownBy(() -> plan.submitForApproval(readiness, LEAD, NOW)).isInstanceOf(PlanNotReady.class);
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void goesFromDraftThroughApprovalToActiveOnItsStartDateAndThenClosed() {
		ServicePlan plan = readyPlan();
		plan.submitForApproval(Readiness.of(plan, OWNER::equals), LEAD, NOW);
		assertThat(plan.status()).isEqualTo(PlanStatus.ON_APPROVAL);
		plan.approve(OWNER, NOW);
		assertThat(plan.approvedBy()).isEqualTo(OWNER);
		assertThat(plan.approvedAt()).isEqualTo(NOW);
		assertThat(plan.statusOn(START.minusDays(1))).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.statusOn(START)).isEqualTo(PlanStatus.ACTIVE);
		plan.close("NPS вырос с 20 до 41", LEAD, NOW);
		assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void approvesOnlyAPlanThatIsOnApproval() {
		assertThatThrownBy(() -> readyPlan().approve(OWNER, NOW)).isInstanceOf(PlanInWrongState.class);
	}

	@Test
	void aPlanOnApprovalIsNotEditedUnderTheOwnersEyes() {
		ServicePlan plan = readyPlan();
		plan.submitForApproval(Readiness.of(plan, OWNER::equals), LEAD, NOW);
		assertThatThrownBy(() -> plan.addGoal("Новая цель", null)).isInstanceOf(PlanInWrongState.class);
	}

	@Test
	void editsOfAnApprovedPlanAreCollectedForTheResponsiblesAndTheLead() {
		ServicePlan plan = readyPlan();
		plan.submitForApproval(Readiness.of(plan, OWNER::equals), LEAD, NOW);
		plan.approve(OWNER, NOW);
		var task = plan.tasks().get(0);
		plan.changeTask(task.id(), withDates(task.details(), task.startDate(), LocalDate.of(2027, 4, 10)), task.version());
		assertThat(plan.takeChangesToAnnounce()).singleElement().satisfies(change -> {
			assertThat(change.taskId()).isEqualTo(task.id());
			assertThat(change.field()).isEqualTo("dueDate");
			assertThat(change.before()).isEqualTo("2027-03-15");
			assertThat(change.after()).isEqualTo("2027-04-10");
		});
		assertThat(plan.takeChangesToAnnounce()).isEmpty();
	}

	@Test
	void draftEditsAreNotAnnounced() {
		ServicePlan plan = readyPlan();
		var task = plan.tasks().get(0);
		plan.changeTask(task.id(), withDates(task.details(), task.startDate(), LocalDate.of(2027, 4, 10)), task.version());
		assertThat(plan.takeChangesToAnnounce()).isEmpty();
	}

	@Test
	void secondSaveOfTheSameTaskFromAnOldVersionIsRefused() {
		ServicePlan plan = readyPlan();
		var task = plan.tasks().get(0);
		assertThatThrownBy(() -> plan.changeTask(task.id(), task.details(), task.version() + 1))
			.isInstanceOf(org.serviceplan.shared.StaleRecord.class);
	}

	@Test
	void reordersTasksWithinABlock() {
		ServicePlan plan = readyPlan();
		var goal = plan.goals().get(0).id();
		var second = plan.addTask(task(goal, "Персонал", "Второе обучение", ADMINISTRATOR));
		plan.moveTask(second.id(), "Персонал", 0);
		assertThat(plan.tasks().stream().sorted(java.util.Comparator.comparingInt(PlanTask::position)))
			.extracting(PlanTask::title).containsExactly("Второе обучение", "Обучить администраторов скриптам приёма");
	}

	@Test
	void aGoalWithTasksCannotBeRemoved() {
		ServicePlan plan = readyPlan();
		assertThatThrownBy(() -> plan.removeGoal(plan.goals().get(0).id()))
			.hasFieldOrPropertyWithValue("messageKey", "plan.goal.hasTasks");
	}
}
