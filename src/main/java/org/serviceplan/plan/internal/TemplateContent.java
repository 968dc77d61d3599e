package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;

/**
 * A plan without its people and dates: goals, tasks in blocks and checkpoints, with days counted from the
 * plan's start. Applied to a new plan, every task goes to the plan's lead until someone assigns it.
 */
public record TemplateContent(String introduction, int months, List<GoalDraft> goals, List<CheckpointDraft> checkpoints) {

	public record GoalDraft(String title, String description, List<TaskDraft> tasks) {
	}

	public record TaskDraft(String block, String title, String description, TaskKind kind, String expectedResult,
			String targetMetric, BigDecimal targetValue, String reportingFormat, BigDecimal budgetAmount,
			String budgetSource, String reward, Priority priority, int startDay, int durationDays) {
	}

	public record CheckpointDraft(int day, String title) {
	}

	public TemplateContent {
		goals = List.copyOf(goals);
		checkpoints = List.copyOf(checkpoints);
	}

	/** What a plan holds, as a template for the workspace. */
	static TemplateContent of(ServicePlan plan) {
		LocalDate start = plan.period().start();
		List<GoalDraft> goals = new ArrayList<>();
		for (Goal goal : plan.goals()) {
			List<TaskDraft> tasks = plan.tasks().stream().filter(t -> t.goalId().equals(goal.id())).map(t -> new TaskDraft(
					t.block(), t.title(), t.description(), t.kind(), t.expectedResult(), t.targetMetric(), t.targetValue(),
					t.reportingFormat(), t.budgetAmount(), t.budgetSource(), t.reward(), t.priority(),
					(int) ChronoUnit.DAYS.between(start, t.startDate()),
					(int) ChronoUnit.DAYS.between(t.startDate(), t.dueDate())))
				.toList();
			goals.add(new GoalDraft(goal.title(), goal.description(), tasks));
		}
		List<CheckpointDraft> checkpoints = plan.checkpoints().stream()
			.map(c -> new CheckpointDraft((int) ChronoUnit.DAYS.between(start, c.date()), c.title()))
			.toList();
		return new TemplateContent(plan.introduction(), plan.period().months(), goals, checkpoints);
	}

	/** A new draft from this template starting on {@code start}; dates past the end are pulled in to fit. */
	ServicePlan newPlan(String title, LocalDate start, java.util.Currency currency, UUID leadId, Set<UUID> authors) {
		PlanPeriod period = new PlanPeriod(start, start.plusMonths(Math.max(months, PlanPeriod.MINIMUM_MONTHS)).minusDays(1));
		ServicePlan plan = new ServicePlan(title, introduction, period, currency, leadId, authors);
		for (CheckpointDraft checkpoint : checkpoints) {
			plan.addCheckpoint(fit(period, start.plusDays(checkpoint.day())), checkpoint.title());
		}
		for (GoalDraft draft : goals) {
			Goal goal = plan.addGoal(draft.title(), draft.description());
			for (TaskDraft task : draft.tasks()) {
				LocalDate taskStart = fit(period, start.plusDays(task.startDay()));
				LocalDate due = fit(period, taskStart.plusDays(task.durationDays()));
				plan.addTask(new TaskDetails(goal.id(), task.block(), task.title(), task.description(), leadId, Set.of(),
						taskStart, due, task.expectedResult(), task.targetMetric(), task.targetValue(),
						task.reportingFormat(), task.budgetAmount(), currency, task.budgetSource(), task.reward(),
						TaskStatus.PLANNED, task.priority(), task.kind()));
			}
		}
		return plan;
	}

	private static LocalDate fit(PlanPeriod period, LocalDate date) {
		return date.isAfter(period.end()) ? period.end() : date;
	}
}
