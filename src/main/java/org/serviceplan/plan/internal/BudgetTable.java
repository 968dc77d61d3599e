package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The plan's money by block and by funding source, each with planned, spent and remaining, and the totals.
 * Only tasks budgeted in the plan's currency are summed; the others are named apart, not converted.
 */
public record BudgetTable(Currency currency, List<Row> byBlock, List<Row> bySource, Row total,
		List<PlanTask> inOtherCurrency) {

	/** {@code name} is a block or a source; {@code null} for tasks that name no source. */
	public record Row(String name, BigDecimal planned, BigDecimal spent) {

		public BigDecimal remaining() {
			return planned.subtract(spent);
		}

		Row plus(BigDecimal morePlanned, BigDecimal moreSpent) {
			return new Row(name, planned.add(morePlanned), spent.add(moreSpent));
		}
	}

	public static BudgetTable of(List<PlanTask> tasks, Map<UUID, BigDecimal> spentByTask, Currency currency) {
		List<PlanTask> counted = tasks.stream().filter(t -> t.budgetCurrency().equals(currency)).toList();
		List<PlanTask> other = tasks.stream().filter(t -> !t.budgetCurrency().equals(currency)).toList();
		Row total = new Row(null, BigDecimal.ZERO, BigDecimal.ZERO);
		for (PlanTask task : counted) {
			total = total.plus(planned(task), spentByTask.getOrDefault(task.id(), BigDecimal.ZERO));
		}
		return new BudgetTable(currency, rows(counted, spentByTask, PlanTask::block),
				rows(counted, spentByTask, PlanTask::budgetSource), total, other);
	}

	private static List<Row> rows(List<PlanTask> tasks, Map<UUID, BigDecimal> spentByTask,
			Function<PlanTask, String> key) {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (PlanTask task : tasks) {
			String name = key.apply(task);
			rows.computeIfAbsent(name, n -> new Row(n, BigDecimal.ZERO, BigDecimal.ZERO));
			rows.put(name, rows.get(name).plus(planned(task), spentByTask.getOrDefault(task.id(), BigDecimal.ZERO)));
		}
		return new ArrayList<>(rows.values());
	}

	private static BigDecimal planned(PlanTask task) {
		return task.budgetAmount() == null ? BigDecimal.ZERO : task.budgetAmount();
	}
}
