package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.plan.TaskStatus;

/**
 * How far a plan has come: tasks done of the tasks that count (cancelled ones do not), tasks by status,
 * overdue tasks, and the budget spent against the budget planned (in the plan's currency).
 */
public record Progress(int total, int done, int cancelled, int overdue, Map<TaskStatus, Integer> byStatus,
		BigDecimal planned, BigDecimal spent) {

	public static Progress of(List<PlanTask> tasks, Map<UUID, BigDecimal> spentByTask, Currency currency,
			LocalDate today) {
		Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			byStatus.put(status, 0);
		}
		int overdue = 0;
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal spent = BigDecimal.ZERO;
		for (PlanTask task : tasks) {
			byStatus.merge(task.status(), 1, Integer::sum);
			if (task.isOverdueOn(today)) {
				overdue++;
			}
			if (task.budgetCurrency().equals(currency)) {
				planned = planned.add(task.budgetAmount() == null ? BigDecimal.ZERO : task.budgetAmount());
				spent = spent.add(spentByTask.getOrDefault(task.id(), BigDecimal.ZERO));
			}
		}
		return new Progress(tasks.size(), byStatus.get(TaskStatus.DONE), byStatus.get(TaskStatus.CANCELLED), overdue,
				Map.copyOf(byStatus), planned, spent);
	}

	/** Done tasks in percent of the tasks that count; 0 while there are none. */
	public int donePercent() {
		int counted = total - cancelled;
		return counted == 0 ? 0 : done * 100 / counted;
	}

	/** Spent in percent of planned; may pass 100 when the budget is overrun; 0 with nothing planned. */
	public int spentPercent() {
		return planned.signum() == 0 ? 0
				: spent.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.DOWN).intValue();
	}

	public int count(TaskStatus status) {
		return byStatus.getOrDefault(status, 0);
	}
}
