package org.serviceplan.plan.internal.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;

import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.internal.BudgetTable;
import org.serviceplan.workspace.Role;

/**
 * Everything a printed plan shows, read once and named (people by name, global tasks by title), so the PDF and
 * the DOCX writers only lay it out and never look anything up per row.
 */
public record PlanDocument(String company, String title, LocalDate start, LocalDate end, PlanStatus status,
		String introduction, Person lead, List<Person> authors, String approvedBy, ZonedDateTime approvedAt,
		List<CheckpointRow> checkpoints, List<GoalRow> goals, List<Block> blocks, BudgetTable budget) {

	/** A person with their role in the company; {@code role} is null for someone no longer in it. */
	public record Person(String name, Role role) {
	}

	public record CheckpointRow(LocalDate date, String title) {
	}

	public record GoalRow(String title, String description, int tasks) {
	}

	public record Block(String name, List<TaskRow> tasks) {

		/** The block's planned money in the plan's currency. */
		public BigDecimal planned(Currency currency) {
			return tasks.stream()
				.filter(t -> currency.equals(t.currency()) && t.budget() != null)
				.map(TaskRow::budget)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	public record TaskRow(String title, String goal, String responsible, List<String> coExecutors, LocalDate start,
			LocalDate due, String expectedResult, String targetMetric, BigDecimal targetValue, String reportingFormat,
			BigDecimal budget, Currency currency, String source, String reward) {

		public boolean hasTarget() {
			return targetMetric != null || targetValue != null;
		}
	}

	public boolean approved() {
		return approvedBy != null;
	}

	public Currency currency() {
		return budget.currency();
	}
}
