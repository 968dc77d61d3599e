package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;

/**
 * Everything said about a concrete task when creating or editing it. The expected result is stated
 * measurably: a text plus, optionally, the metric and the value to reach ("NPS", "45").
 */
public record TaskDetails(UUID goalId, String block, String title, String description, UUID responsibleId,
		Set<UUID> coExecutorIds, LocalDate startDate, LocalDate dueDate, String expectedResult, String targetMetric,
		BigDecimal targetValue, String reportingFormat, BigDecimal budgetAmount, Currency budgetCurrency,
		String budgetSource, String reward, TaskStatus status, Priority priority, TaskKind kind) {

	public TaskDetails {
		coExecutorIds = coExecutorIds == null ? Set.of() : Set.copyOf(coExecutorIds);
		status = status == null ? TaskStatus.PLANNED : status;
		priority = priority == null ? Priority.MEDIUM : priority;
		kind = kind == null ? TaskKind.OTHER : kind;
	}
}
