package org.serviceplan.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.serviceplan.plan.PlanMarkdown;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.Readiness;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the plan editor shows: the plan by goal and block, its readiness with where each gap is, its warnings. */
@Component
class PlanEditorModel {

	private final ServicePlans plans;
	private final Workspaces workspaces;
	private final Clock clock;

	PlanEditorModel(ServicePlans plans, Workspaces workspaces, Clock clock) {
		this.plans = plans;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Everything the editor page and its in-place fragments need. */
	ServicePlan fill(Member member, UUID planId, Model model) {
		ServicePlan plan = plans.plan(planId);
		PlanStatus status = plan.statusOn(LocalDate.now(clock));
		Readiness readiness = plans.readiness(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("status", status);
		model.addAttribute("names", plans.names());
		model.addAttribute("people", workspaces.people());
		model.addAttribute("goals", goals(plan));
		model.addAttribute("readiness", parts(plan, readiness));
		model.addAttribute("ready", readiness.ready());
		model.addAttribute("presentParts", presentMandatory(readiness));
		model.addAttribute("mandatoryParts", mandatory(readiness));
		model.addAttribute("warnings", plans.warnings(planId));
		model.addAttribute("introductionHtml", PlanMarkdown.html(plan.introduction()));
		model.addAttribute("closingSummaryHtml", PlanMarkdown.html(plan.closingSummary()));
		model.addAttribute("canEdit", canEdit(member, plan));
		model.addAttribute("today", LocalDate.now(clock));
		return plan;
	}

	static boolean canEdit(Member member, ServicePlan plan) {
		return member.can(Permission.EDIT_PLANS) && plan.status() != PlanStatus.ON_APPROVAL
				&& plan.status() != PlanStatus.CLOSED;
	}

	static long presentMandatory(Readiness readiness) {
		return readiness.parts().stream().filter(p -> p.mandatory() && p.present()).count();
	}

	static long mandatory(Readiness readiness) {
		return readiness.parts().stream().filter(Readiness.Part::mandatory).count();
	}

	/** Goals in order, and under each its tasks by block (blocks in the plan's order of blocks). */
	static List<GoalView> goals(ServicePlan plan) {
		List<GoalView> views = new ArrayList<>();
		for (Goal goal : plan.goals()) {
			Map<String, List<PlanTask>> blocks = new LinkedHashMap<>();
			plan.tasks().stream()
				.filter(t -> t.goalId().equals(goal.id()))
				.forEach(t -> blocks.computeIfAbsent(t.block(), b -> new ArrayList<>()).add(t));
			views.add(new GoalView(goal, blocks.entrySet().stream()
				.map(e -> new BlockView(e.getKey(), List.copyOf(e.getValue())))
				.toList()));
		}
		return views;
	}

	/** The checklist with, for each gap, the anchor on the editor page where it is fixed. */
	static List<PartView> parts(ServicePlan plan, Readiness readiness) {
		return readiness.parts().stream()
			.map(p -> new PartView(p.name().name(), p.present(), p.mandatory(), p.missing().stream()
				.map(m -> new Gap(m.messageKey(), m.subject(), anchor(plan, p.name(), m)))
				.toList()))
			.toList();
	}

	private static String anchor(ServicePlan plan, Readiness.PartName part, Readiness.Missing missing) {
		if (missing.subject() != null) {
			if (missing.messageKey().equals("plan.readiness.goalWithoutTasks")) {
				return plan.goals().stream().filter(g -> Objects.equals(g.title(), missing.subject())).findFirst()
					.map(g -> "#goal-" + g.id()).orElse("#goals");
			}
			return plan.tasks().stream().filter(t -> Objects.equals(t.title(), missing.subject())).findFirst()
				.map(t -> "#task-" + t.id()).orElse("#goals");
		}
		return switch (part) {
			case INTRODUCTION -> "#introduction";
			case RESPONSIBLES -> "#plan-header";
			case PERIOD_AND_CHECKPOINTS -> "#checkpoints";
			default -> "#goals";
		};
	}

	record GoalView(Goal goal, List<BlockView> blocks) {
	}

	record BlockView(String name, List<PlanTask> tasks) {
	}

	record PartView(String name, boolean present, boolean mandatory, List<Gap> missing) {
	}

	record Gap(String messageKey, String subject, String href) {

		public Object[] arguments() {
			return subject == null ? new Object[0] : new Object[] { subject };
		}
	}
}
