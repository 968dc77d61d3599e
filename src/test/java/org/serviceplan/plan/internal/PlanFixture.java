package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.Money;

/** A clinic's service plan for 2027 with every part filled in, to break one part at a time. */
final class PlanFixture {

	static final LocalDate START = LocalDate.of(2027, 1, 1);
	static final UUID OWNER = UUID.randomUUID();
	static final UUID LEAD = UUID.randomUUID();
	static final UUID ADMINISTRATOR = UUID.randomUUID();

	private PlanFixture() {
	}

	static ServicePlan emptyPlan() {
		return new ServicePlan("Сервисный план 2027", "Зачем: пациенты уходят после первого визита.",
				PlanPeriod.oneYearFrom(START), Money.RUB, LEAD, Set.of(OWNER));
	}

	static ServicePlan readyPlan() {
		ServicePlan plan = emptyPlan();
		plan.addCheckpoint(LocalDate.of(2027, 3, 31), "Итоги I квартала");
		plan.addCheckpoint(LocalDate.of(2027, 6, 30), "Итоги II квартала");
		plan.addCheckpoint(LocalDate.of(2027, 9, 30), "Итоги III квартала");
		plan.addCheckpoint(LocalDate.of(2027, 12, 20), "Итоги года");
		Goal goal = plan.addGoal("Повысить лояльность пациентов", "NPS с 20 до 45");
		plan.addTask(task(goal.id(), "Персонал", "Обучить администраторов скриптам приёма", ADMINISTRATOR));
		return plan;
	}

	static TaskDetails task(UUID goalId, String block, String title, UUID responsible) {
		return new TaskDetails(goalId, block, title, "Тренинг по стандарту приёма", responsible, Set.of(),
				LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 15), "Все администраторы прошли аттестацию", "Аттестация",
				new BigDecimal("100"), "Отчёт о тренинге раз в месяц", new BigDecimal("120000"), Money.RUB,
				"Собственный бюджет", "Премия 10% от оклада", TaskStatus.PLANNED, Priority.HIGH, TaskKind.TRAINING);
	}

	static TaskDetails withDates(TaskDetails d, LocalDate start, LocalDate due) {
		return new TaskDetails(d.goalId(), d.block(), d.title(), d.description(), d.responsibleId(), d.coExecutorIds(),
				start, due, d.expectedResult(), d.targetMetric(), d.targetValue(), d.reportingFormat(), d.budgetAmount(),
				d.budgetCurrency(), d.budgetSource(), d.reward(), d.status(), d.priority(), d.kind());
	}
}
