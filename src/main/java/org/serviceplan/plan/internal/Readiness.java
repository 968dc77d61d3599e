package org.serviceplan.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The live checklist of seed 000's nine parts of a service plan, "strictly all of them": what is present,
 * and for what is not, where it is missing. Only the reward is optional.
 */
public record Readiness(List<Part> parts) {

	public enum PartName {
		INTRODUCTION(true), RESPONSIBLES(true), PERIOD_AND_CHECKPOINTS(true), GLOBAL_TASKS(true), TASKS_BY_BLOCK(true),
		RESULT_PER_TASK(true), REPORTING_FORMAT(true), BUDGET_WITH_SOURCE(true), REWARD(false);

		private final boolean mandatory;

		PartName(boolean mandatory) {
			this.mandatory = mandatory;
		}

		public boolean mandatory() {
			return mandatory;
		}
	}

	/** A gap, said with a message key and what it concerns (a task's title, a goal's title). */
	public record Missing(String messageKey, String subject) {
	}

	public record Part(PartName name, boolean present, List<Missing> missing) {

		public boolean mandatory() {
			return name.mandatory();
		}
	}

	public boolean ready() {
		return parts.stream().allMatch(p -> p.present() || !p.mandatory());
	}

	public List<PartName> missingParts() {
		return parts.stream().filter(p -> p.mandatory() && !p.present()).map(Part::name).toList();
	}

	/** @param isOwner whether a person of the workspace is an owner (the owner must be among the authors) */
	public static Readiness of(ServicePlan plan, Predicate<UUID> isOwner) {
		List<Part> parts = new ArrayList<>();
		parts.add(part(PartName.INTRODUCTION,
				Texts.present(plan.introduction()) ? List.of() : List.of(new Missing("plan.readiness.noIntroduction", null))));

		List<Missing> responsibles = new ArrayList<>();
		if (plan.leadId() == null) {
			responsibles.add(new Missing("plan.readiness.noLead", null));
		}
		if (plan.authorIds().stream().noneMatch(isOwner)) {
			responsibles.add(new Missing("plan.readiness.noOwnerAuthor", null));
		}
		parts.add(part(PartName.RESPONSIBLES, responsibles));

		parts.add(part(PartName.PERIOD_AND_CHECKPOINTS,
				plan.checkpoints().isEmpty() ? List.of(new Missing("plan.readiness.noCheckpoints", null)) : List.of()));

		parts.add(part(PartName.GLOBAL_TASKS,
				plan.goals().isEmpty() ? List.of(new Missing("plan.readiness.noGoals", null)) : List.of()));

		List<Missing> tasksByBlock = new ArrayList<>();
		if (plan.tasks().isEmpty()) {
			tasksByBlock.add(new Missing("plan.readiness.noTasks", null));
		}
		plan.goals().stream()
			.filter(goal -> plan.tasks().stream().noneMatch(t -> t.goalId().equals(goal.id())))
			.forEach(goal -> tasksByBlock.add(new Missing("plan.readiness.goalWithoutTasks", goal.title())));
		parts.add(part(PartName.TASKS_BY_BLOCK, tasksByBlock));

		parts.add(part(PartName.RESULT_PER_TASK, plan.tasks().stream()
			.filter(t -> !Texts.present(t.expectedResult()))
			.map(t -> new Missing("plan.readiness.taskWithoutResult", t.title()))
			.toList(), !plan.tasks().isEmpty()));

		parts.add(part(PartName.REPORTING_FORMAT, plan.tasks().stream()
			.filter(t -> !Texts.present(t.reportingFormat()))
			.map(t -> new Missing("plan.readiness.taskWithoutReporting", t.title()))
			.toList(), !plan.tasks().isEmpty()));

		List<Missing> budget = new ArrayList<>();
		for (PlanTask task : plan.tasks()) {
			if (task.budgetAmount() == null) {
				budget.add(new Missing("plan.readiness.taskWithoutBudget", task.title()));
			}
			else if (task.budgetAmount().signum() > 0 && !Texts.present(task.budgetSource())) {
				budget.add(new Missing("plan.readiness.taskWithoutSource", task.title()));
			}
		}
		parts.add(part(PartName.BUDGET_WITH_SOURCE, budget, !plan.tasks().isEmpty()));

		boolean anyReward = plan.tasks().stream().anyMatch(t -> Texts.present(t.reward()));
		parts.add(new Part(PartName.REWARD, anyReward,
				anyReward ? List.of() : List.of(new Missing("plan.readiness.noReward", null))));
		return new Readiness(List.copyOf(parts));
	}

	private static Part part(PartName name, List<Missing> missing) {
		return part(name, missing, true);
	}

	/** A per-task part is not present while there are no tasks to have it. */
	private static Part part(PartName name, List<Missing> missing, boolean applicable) {
		List<Missing> gaps = applicable ? missing : List.of(new Missing("plan.readiness.noTasks", null));
		return new Part(name, gaps.isEmpty(), List.copyOf(gaps));
	}
}
