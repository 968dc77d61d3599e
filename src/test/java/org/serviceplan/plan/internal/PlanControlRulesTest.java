package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.Money;

/** The calculations of the control page: who owes a report, progress, spending, budget, timeline. */
class PlanControlRulesTest {

	static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

	ServicePlan plan = PlanFixture.readyPlan();
	Goal goal = plan.goals().get(0);

	PlanTask task(String block, String title, LocalDate start, LocalDate due, TaskStatus status, String budget,
			String source) {
		TaskDetails d = PlanFixture.withDates(PlanFixture.task(goal.id(), block, title, PlanFixture.ADMINISTRATOR), start,
				due);
		return plan.addTask(new TaskDetails(d.goalId(), d.block(), d.title(), d.description(), d.responsibleId(),
				d.coExecutorIds(), d.startDate(), d.dueDate(), d.expectedResult(), d.targetMetric(), d.targetValue(),
				d.reportingFormat(), budget == null ? null : new BigDecimal(budget), d.budgetCurrency(), source, null,
				status, d.priority(), d.kind()));
	}

	Checkpoint checkpoint(String title) {
		return plan.checkpoints().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
	}

	@Test
	void aTaskNotStartedByTheCheckpointOwesNoReport() {
		PlanTask later = task("Технологии", "Онлайн-запись", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 8, 1),
				TaskStatus.PLANNED, "0", null);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги I квартала"))).doesNotContain(later);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги II квартала"))).contains(later);
	}

	@Test
	void aCancelledTaskOwesNoReport() {
		PlanTask cancelled = task("Технологии", "Чат-бот", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 8, 1),
				TaskStatus.CANCELLED, "0", null);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги II квартала"))).doesNotContain(cancelled);
	}

	@Test
	void aDoneTaskReportsItsFinalResultOnceAtTheFirstCheckpointAfterItsDueDate() {
		PlanTask done = task("Персонал", "Скрипты", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 5, 1),
				TaskStatus.DONE, "0", null);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги I квартала"))).contains(done);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги II квартала"))).contains(done);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги III квартала"))).doesNotContain(done);
	}

	@Test
	void anOpenTaskPastItsDueDateKeepsOwingReports() {
		PlanTask late = task("Персонал", "Аттестация", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1),
				TaskStatus.IN_PROGRESS, "0", null);
		assertThat(ReportingDuty.expectedAt(plan, checkpoint("Итоги III квартала"))).contains(late);
	}

	@Test
	void overdueIsDerivedFromADueDateThatPassedOnAnOpenTask() {
		task("Персонал", "Просрочена", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 5, 9), TaskStatus.IN_PROGRESS, "0", null);
		task("Персонал", "Срок сегодня", LocalDate.of(2027, 1, 10), TODAY, TaskStatus.PLANNED, "0", null);
		task("Персонал", "Сделана поздно", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), TaskStatus.DONE, "0", null);
		task("Персонал", "Отменена", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), TaskStatus.CANCELLED, "0", null);

		Progress progress = Progress.of(plan.tasks(), Map.of(), Money.RUB, TODAY);

		// the fixture's own task (due 15.03, planned) is overdue too
		assertThat(progress.overdue()).isEqualTo(2);
	}

	@Test
	void progressCountsDoneTasksAmongThoseNotCancelled() {
		task("Персонал", "Сделана", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), TaskStatus.DONE, "0", null);
		task("Персонал", "Отменена", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), TaskStatus.CANCELLED, "0", null);
		task("Персонал", "В работе", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1), TaskStatus.IN_PROGRESS, "0", null);

		Progress progress = Progress.of(plan.tasks(), Map.of(), Money.RUB, TODAY);

		assertThat(progress.total()).isEqualTo(4);
		assertThat(progress.done()).isEqualTo(1);
		assertThat(progress.donePercent()).isEqualTo(33);
		assertThat(progress.count(TaskStatus.PLANNED)).isEqualTo(1);
		assertThat(progress.count(TaskStatus.IN_PROGRESS)).isEqualTo(1);
		assertThat(progress.count(TaskStatus.CANCELLED)).isEqualTo(1);
	}

	@Test
	void spentIsTheSumOfTheLatestReportThatNamesOne() {
		PlanTask crm = task("Технологии", "CRM", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1),
				TaskStatus.IN_PROGRESS, "100000", "Инвестиции");
		Checkpoint q1 = checkpoint("Итоги I квартала");
		Checkpoint q2 = checkpoint("Итоги II квартала");
		Checkpoint q3 = checkpoint("Итоги III квартала");
		// filed out of order: a late revision of Q1 must not replace Q2's figure
		var atQ2 = report(q2, crm, "60000", Instant.parse("2027-07-01T10:00:00Z"));
		var atQ1 = report(q1, crm, "20000", Instant.parse("2027-07-02T10:00:00Z"));
		var atQ3WithoutSum = report(q3, crm, null, Instant.parse("2027-10-01T10:00:00Z"));

		Map<UUID, BigDecimal> spent = LatestSpending.of(List.of(atQ2, atQ1, atQ3WithoutSum), plan.checkpoints());

		assertThat(spent.get(crm.id())).isEqualByComparingTo("60000");
		Progress progress = Progress.of(List.of(crm), spent, Money.RUB, TODAY);
		assertThat(progress.planned()).isEqualByComparingTo("100000");
		assertThat(progress.spentPercent()).isEqualTo(60);
	}

	@Test
	void spentPercentPassesAHundredWhenTheBudgetIsOverrun() {
		PlanTask crm = task("Технологии", "CRM", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1),
				TaskStatus.IN_PROGRESS, "1000", "Инвестиции");
		assertThat(Progress.of(List.of(crm), Map.of(crm.id(), new BigDecimal("1500")), Money.RUB, TODAY).spentPercent())
			.isEqualTo(150);
	}

	@Test
	void budgetTableSumsPlannedSpentAndRemainingByBlockAndBySourceWithTotals() {
		PlanTask training = plan.tasks().get(0); // Персонал, 120 000, «Собственный бюджет»
		PlanTask crm = task("Технологии", "CRM", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1),
				TaskStatus.IN_PROGRESS, "200000", "Инвестиции");
		PlanTask booking = task("Технологии", "Запись", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1),
				TaskStatus.IN_PROGRESS, "50000", "Собственный бюджет");
		PlanTask free = task("Обратная связь", "Опрос", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 1),
				TaskStatus.IN_PROGRESS, "0", null);
		Map<UUID, BigDecimal> spent = Map.of(training.id(), new BigDecimal("100000"), crm.id(),
				new BigDecimal("250000"), free.id(), BigDecimal.ZERO);

		BudgetTable table = BudgetTable.of(plan.tasks(), spent, Money.RUB);

		// in the plan's own order of tasks
		assertThat(table.byBlock()).extracting(BudgetTable.Row::name)
			.containsExactly("Персонал", "Технологии", "Обратная связь");
		BudgetTable.Row technology = table.byBlock().get(1);
		assertThat(technology.planned()).isEqualByComparingTo("250000");
		assertThat(technology.spent()).isEqualByComparingTo("250000");
		assertThat(technology.remaining()).isEqualByComparingTo("0");
		assertThat(table.bySource()).extracting(BudgetTable.Row::name)
			.containsExactlyInAnyOrder("Собственный бюджет", "Инвестиции", null);
		BudgetTable.Row own = table.bySource().stream().filter(r -> "Собственный бюджет".equals(r.name())).findFirst()
			.orElseThrow();
		assertThat(own.planned()).isEqualByComparingTo("170000");
		assertThat(own.remaining()).isEqualByComparingTo("70000");
		assertThat(table.total().planned()).isEqualByComparingTo("370000");
		assertThat(table.total().spent()).isEqualByComparingTo("350000");
		assertThat(table.total().remaining()).isEqualByComparingTo("20000");
		assertThat(booking.budgetSource()).isEqualTo("Собственный бюджет");
	}

	@Test
	void budgetTableLeavesTasksInAnotherCurrencyOutOfTheTotals() {
		TaskDetails d = PlanFixture.task(goal.id(), "Технологии", "Лицензия", PlanFixture.ADMINISTRATOR);
		PlanTask euro = plan.addTask(new TaskDetails(d.goalId(), d.block(), d.title(), null, d.responsibleId(), null,
				d.startDate(), d.dueDate(), d.expectedResult(), null, null, d.reportingFormat(), new BigDecimal("900"),
				Currency.getInstance("EUR"), "Инвестиции", null, null, null, null));

		BudgetTable table = BudgetTable.of(plan.tasks(), Map.of(), Money.RUB);

		assertThat(table.total().planned()).isEqualByComparingTo("120000");
		assertThat(table.inOtherCurrency()).containsExactly(euro);
	}

	@Test
	void timelineDrawsABarPerTaskGroupedByBlockALinePerCheckpointAndTodayInsideThePeriod() {
		task("Технологии", "CRM", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), TaskStatus.IN_PROGRESS, "0", null);
		task("Персонал", "Аттестация", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 1), TaskStatus.PLANNED, "0", null);

		Timeline timeline = Timeline.of(plan, TODAY);

		assertThat(timeline.bars()).hasSize(3);
		assertThat(timeline.blocks()).extracting(Timeline.Block::name).containsExactly("Персонал", "Технологии");
		assertThat(timeline.checkpoints()).hasSize(4);
		assertThat(timeline.months()).hasSize(12);
		Timeline.Bar whole = timeline.bars().stream().filter(b -> b.task().title().equals("CRM")).findFirst().orElseThrow();
		assertThat(whole.x()).isEqualTo(Timeline.LABEL_WIDTH);
		assertThat(whole.width()).isEqualTo(Timeline.CHART_WIDTH);
		Timeline.Bar oneDay = timeline.bars().stream().filter(b -> b.task().title().equals("Аттестация")).findFirst()
			.orElseThrow();
		assertThat(oneDay.width()).isGreaterThanOrEqualTo(3);
		assertThat(timeline.bars().get(0).overdue()).isTrue(); // the fixture's task, due 15.03
		assertThat(timeline.todayX()).isBetween(Timeline.LABEL_WIDTH, Timeline.LABEL_WIDTH + Timeline.CHART_WIDTH);
		assertThat(Timeline.of(plan, LocalDate.of(2028, 2, 1)).todayX()).isNull();
	}

	@Test
	void attachmentNamesLoseFoldersControlCharactersAndQuotes() {
		assertThat(ReportAttachment.safeFileName("C:\\Users\\anna\\отчёт.pdf")).isEqualTo("отчёт.pdf");
		assertThat(ReportAttachment.safeFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ReportAttachment.safeFileName("a\"b\r\nc.txt")).isEqualTo("abc.txt");
		assertThat(ReportAttachment.safeFileName("..")).isEqualTo("file");
		assertThat(ReportAttachment.safeFileName("x".repeat(300) + ".xlsx")).hasSize(200).endsWith(".xlsx");
	}

	private CheckpointReport report(Checkpoint checkpoint, PlanTask task, String spent, Instant filedAt) {
		return new CheckpointReport(plan.id(), checkpoint.id(), task.id(), PlanFixture.ADMINISTRATOR,
				new CheckpointReport.ReportDetails(50, "Идёт", null, null, spent == null ? null : new BigDecimal(spent)),
				filedAt);
	}
}
