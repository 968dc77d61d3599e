package org.serviceplan.plan.internal;

import java.util.Locale;

/**
 * The columns of the task sheet, in the order of the export. An import finds them by their header in Russian or
 * English (or by the name here), in any order; the headers are the editor's own field labels.
 */
public enum TaskColumn {

	GOAL("plan.task.field.goal", "goalId", 30),
	BLOCK("plan.task.field.block", "block", 18),
	TITLE("plan.task.field.title", "title", 40),
	DESCRIPTION("plan.task.field.description", "description", 40),
	RESPONSIBLE("plan.task.field.responsible", "responsibleId", 24),
	RESPONSIBLE_EMAIL("plan.sheet.column.responsibleEmail", null, 26),
	CO_EXECUTORS("plan.task.field.coExecutors", "coExecutorIds", 30),
	START("plan.task.field.startDate", "startDate", 12),
	DUE("plan.task.field.dueDate", "dueDate", 12),
	EXPECTED_RESULT("plan.task.field.expectedResult", "expectedResult", 40),
	TARGET_METRIC("plan.task.field.targetMetric", "targetMetric", 16),
	TARGET_VALUE("plan.task.field.targetValue", "targetValue", 12),
	/** The measured target the task names, as the dashboard says it; written for reading, not imported. */
	RESULT_TARGET("plan.sheet.column.resultTarget", null, 36),
	REPORTING_FORMAT("plan.task.field.reportingFormat", "reportingFormat", 30),
	BUDGET_AMOUNT("plan.task.field.budgetAmount", "budget.amount", 16),
	CURRENCY("plan.task.field.budgetCurrency", "budget.currency", 9),
	SOURCE("plan.task.field.budgetSource", "budget.source", 24),
	REWARD("plan.task.field.reward", "reward", 24),
	STATUS("plan.task.field.status", "status", 16),
	PRIORITY("plan.task.field.priority", "priority", 12),
	KIND("plan.task.field.kind", "kind", 24),
	OVERDUE("plan.sheet.column.overdue", null, 11),
	ID("plan.sheet.column.id", null, 38);

	private final String headerKey;
	private final String field;
	private final int width;

	TaskColumn(String headerKey, String field, int width) {
		this.headerKey = headerKey;
		this.field = field;
		this.width = width;
	}

	public String headerKey() {
		return headerKey;
	}

	/** Width in characters. */
	int width() {
		return width;
	}

	/** The column a rule of the domain names by its field ("dueDate", "budget.amount"); null if none. */
	static TaskColumn ofField(String field) {
		if (field != null) {
			for (TaskColumn column : values()) {
				if (field.equals(column.field)) {
					return column;
				}
			}
		}
		return null;
	}

	/** Headers compare without case, surrounding blanks or doubled spaces. */
	static String normalized(String header) {
		return header == null ? "" : header.replace('\uFEFF', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
