package org.serviceplan.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.PlanTask;

/** The records the plan API answers with; built by {@link PlanAnswers} where they need texts or today's date. */
final class PlanJsons {

	private PlanJsons() {
	}

	@Schema(name = "Plan", description = "A service plan with its checkpoints, global tasks and tasks")
	record PlanJson(UUID id, @Schema(example = "Сервисный план 2027") String title, String introduction,
			LocalDate startDate, LocalDate endDate,
			@Schema(description = "Whole months covered", example = "12") int months,
			@Schema(example = "RUB") String currency,
			@Schema(description = "ACTIVE is APPROVED from its start date on") PlanStatus status, long version,
			UUID leadId, Set<UUID> authorIds, UUID submittedBy, Instant submittedAt, UUID approvedBy,
			Instant approvedAt, String closingSummary, UUID closedBy, Instant closedAt,
			@Schema(description = "The closed plan this one was copied from") UUID copiedFrom,
			@Schema(description = "Whether every mandatory part is there (see /readiness)") boolean ready,
			@Schema(description = "What the plan may have but should not; never blocks a save") List<WarningJson> warnings,
			Counts counts, List<CheckpointJson> checkpoints, List<GoalJson> goals, List<TaskJson> tasks) {
	}

	@Schema(name = "PlanSummary", description = "A plan in the list")
	record PlanSummaryJson(UUID id, String title, LocalDate startDate, LocalDate endDate, PlanStatus status,
			UUID leadId, long version, Counts counts) {
	}

	@Schema(name = "PlanCounts")
	record Counts(int checkpoints, int goals, int tasks, @Schema(description = "Open tasks past their due date") int overdue) {
	}

	@Schema(name = "PlanWarning")
	record WarningJson(@Schema(example = "endDate") String field,
			@Schema(example = "Рекомендуемый срок сервисного плана — один год: за полгода сложно увидеть результат.")
			String message) {
	}

	@Schema(name = "Checkpoint", description = "A dated interim review inside the plan's period")
	record CheckpointJson(UUID id, LocalDate date, @Schema(example = "Итоги I квартала") String title, boolean closed,
			Instant closedAt, UUID closedBy, String closingComment, long version) {

		static CheckpointJson of(Checkpoint c) {
			return new CheckpointJson(c.id(), c.date(), c.title(), c.isClosed(), c.closedAt().orElse(null),
					c.closedBy(), c.closingComment(), c.version());
		}
	}

	@Schema(name = "Goal", description = "A global task: what the concrete tasks under it achieve together")
	record GoalJson(UUID id, @Schema(example = "Повысить лояльность пациентов") String title, String description,
			int position, @Schema(description = "Concrete tasks under it") int tasks, long version) {

		static GoalJson of(Goal g, List<PlanTask> tasks) {
			return new GoalJson(g.id(), g.title(), g.description(), g.position(),
					(int) tasks.stream().filter(t -> t.goalId().equals(g.id())).count(), g.version());
		}
	}

	@Schema(name = "Budget")
	record BudgetJson(@Schema(example = "120000") BigDecimal amount,
			@Schema(description = "ISO 4217; the plan's currency (RUB by default) when left out", example = "RUB")
			String currency,
			@Schema(description = "Where the money comes from", example = "Собственный бюджет") String source) {
	}

	@Schema(name = "Task", description = "A concrete task of a plan, in a block, under a global task")
	record TaskJson(UUID id, UUID goalId, @Schema(example = "Персонал") String block,
			@Schema(description = "Place in its block, from 0") int position,
			@Schema(example = "Обучить администраторов скриптам приёма") String title, String description,
			UUID responsibleId, Set<UUID> coExecutorIds, LocalDate startDate, LocalDate dueDate, String expectedResult,
			String targetMetric, BigDecimal targetValue, String reportingFormat, BudgetJson budget, String reward,
			TaskStatus status, Priority priority, TaskKind kind,
			@Schema(description = "Carried over unfinished from last year's plan") boolean carriedOver,
			@Schema(description = "Open and past its due date (derived, not stored)") boolean overdue, long version,
			@Schema(description = "The measured target (of the metrics dashboard) named as the expected result")
			UUID targetId) {

		static TaskJson of(PlanTask t, LocalDate today) {
			BudgetJson budget = t.budgetAmount() == null && t.budgetSource() == null ? null
					: new BudgetJson(t.budgetAmount(), t.budgetCurrency().getCurrencyCode(), t.budgetSource());
			return new TaskJson(t.id(), t.goalId(), t.block(), t.position(), t.title(), t.description(),
					t.responsibleId(), t.coExecutorIds(), t.startDate(), t.dueDate(), t.expectedResult(),
					t.targetMetric(), t.targetValue(), t.reportingFormat(), budget, t.reward(), t.status(), t.priority(),
					t.kind(), t.isCarriedOver(), t.isOverdueOn(today), t.version(), t.targetId());
		}
	}

	@Schema(name = "Readiness", description = "The nine parts of a service plan: what is there and what is missing")
	record ReadinessJson(boolean ready, List<PartJson> parts) {
	}

	@Schema(name = "ReadinessPart")
	record PartJson(@Schema(example = "BUDGET_WITH_SOURCE") String part,
			@Schema(example = "Бюджет и источник финансирования") String title,
			@Schema(description = "Only REWARD is optional") boolean mandatory, boolean present,
			@Schema(description = "What is missing, in the request's language") List<String> missing) {
	}

	@Schema(name = "Report", description = "A report on a task at a checkpoint")
	record ReportJson(UUID id, UUID checkpointId, UUID taskId, @Schema(example = "Обучить администраторов") String taskTitle,
			UUID authorId, @Schema(description = "Percent, 0–100", example = "60") int progress, String result,
			String deviation, String nextSteps,
			@Schema(description = "Money of the task's budget spent so far, in the task's currency") BigDecimal spent,
			Instant filedAt, long version) {

		static ReportJson of(CheckpointReport r, String taskTitle) {
			return new ReportJson(r.id(), r.checkpointId(), r.taskId(), taskTitle, r.authorId(), r.progress(), r.result(),
					r.deviation(), r.nextSteps(), r.spent(), r.filedAt(), r.version());
		}
	}

	@Schema(name = "Reports", description = "Reports filed, and the reports still missing, checkpoint by checkpoint")
	record ReportsJson(List<ReportJson> reports,
			@Schema(description = "Tasks expected to report at a checkpoint that have not yet") List<PendingJson> pending) {
	}

	@Schema(name = "PendingReport")
	record PendingJson(UUID checkpointId, LocalDate checkpointDate, String checkpointTitle, UUID taskId,
			String taskTitle, UUID responsibleId) {
	}

	@Schema(name = "PlanTemplate", description = "A template to start a plan from")
	record TemplateJson(@Schema(description = "`standard`, or a saved template's id", example = "standard") String key,
			String name, boolean builtIn, int goals, int tasks, int checkpoints) {
	}

	@Schema(name = "MyTask", description = "An open task of the caller in an approved or active plan")
	record MyTaskJson(UUID taskId, String title, String block, UUID planId, String planTitle, PlanStatus planStatus,
			@Schema(description = "RESPONSIBLE or CO_EXECUTOR") String role, LocalDate startDate, LocalDate dueDate,
			TaskStatus status, boolean overdue, long version, List<OwedReportJson> reportsOwed) {
	}

	@Schema(name = "OwedReport", description = "A checkpoint the caller still owes a report at")
	record OwedReportJson(UUID checkpointId, LocalDate date, String title) {
	}
}
