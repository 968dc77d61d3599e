package org.serviceplan.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.internal.PlanInWrongState;
import org.serviceplan.plan.internal.PlanNotReady;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.PlanTemplate;
import org.serviceplan.plan.internal.Readiness;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan list, the new-plan form, the plan editor (header, checkpoints, global tasks) and the plan's lifecycle. */
@Controller
@RequestMapping("/w/{ws}/plans")
class PlanController {

	static final String LIST = "plan/list";
	static final String EDITOR = "plan/editor";
	static final String READINESS = "plan/editor :: readiness";

	private final ServicePlans plans;
	private final PlanEditorModel editor;
	private final Workspaces workspaces;
	private final Clock clock;

	PlanController(ServicePlans plans, PlanEditorModel editor, Workspaces workspaces, Clock clock) {
		this.plans = plans;
		this.editor = editor;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	@Requires(Permission.VIEW_PLANS)
	String list(Member member, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("rows", plans.all().stream().map(p -> PlanRow.of(p, plans.readiness(p.id()), today)).toList());
		model.addAttribute("names", plans.names());
		model.addAttribute("people", workspaces.people());
		model.addAttribute("templates", plans.templates());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewPlanForm("standard", null, today.withDayOfMonth(1).plusMonths(1),
					member.personId()));
		}
		return LIST;
	}

	@PostMapping
	@Requires(Permission.EDIT_PLANS)
	String create(Member member, @ModelAttribute("form") NewPlanForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ServicePlan plan = form.create(plans, member);
				redirect.addFlashAttribute("flash", "plan.flash.created");
				redirect.addFlashAttribute("flashArgs", List.of(plan.title()));
				return "redirect:/w/" + member.workspaceId() + "/plans/" + plan.id();
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
		}
		return list(member, model);
	}

	@GetMapping("/{planId}")
	@Requires(Permission.VIEW_PLANS)
	String show(Member member, @PathVariable UUID planId, Model model) {
		ServicePlan plan = editor.fill(member, planId, model);
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", PlanForm.of(plan));
		}
		if (!model.containsAttribute("checkpointForm")) {
			model.addAttribute("checkpointForm", new CheckpointForm(null, null, null));
		}
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm", new GoalForm(null, null, null));
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CloseForm(null));
		}
		if (!model.containsAttribute("templateForm")) {
			model.addAttribute("templateForm", new TemplateForm(plan.title()));
		}
		return EDITOR;
	}

	/** The readiness panel alone, for refreshing it after an edit made elsewhere on the page. */
	@GetMapping("/{planId}/readiness")
	@Requires(Permission.VIEW_PLANS)
	String readiness(Member member, @PathVariable UUID planId, Model model) {
		editor.fill(member, planId, model);
		return READINESS;
	}

	@PostMapping("/{planId}")
	@Requires(Permission.EDIT_PLANS)
	String describe(Member member, @PathVariable UUID planId, @ModelAttribute("planForm") PlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.describe(planId, form.title(), form.introduction(), form.period(), form.leadId(),
						form.authorIds(), form.version());
				return saved(member, planId, redirect, "#plan-header");
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (StaleRecord e) {
				FormErrors.reject(binding, e);
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.wrongState", new Object[] { statusName(e.status()) }, "plan.wrongState");
			}
		}
		model.addAttribute("headerOpen", true);
		return show(member, planId, model);
	}

	@PostMapping("/{planId}/checkpoints")
	@Requires(Permission.EDIT_PLANS)
	String addCheckpoint(Member member, @PathVariable UUID planId,
			@ModelAttribute("checkpointForm") CheckpointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.addCheckpoint(planId, form.date(), form.title());
				return saved(member, planId, redirect, "#checkpoints");
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.wrongState", new Object[] { statusName(e.status()) }, "plan.wrongState");
			}
		}
		return show(member, planId, model);
	}

	@PostMapping("/{planId}/checkpoints/{checkpointId}/reschedule")
	@Requires(Permission.EDIT_PLANS)
	String rescheduleCheckpoint(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@ModelAttribute CheckpointForm form, BindingResult binding, RedirectAttributes redirect) {
		return attempt(member, planId, redirect, "#checkpoints", binding,
				() -> plans.rescheduleCheckpoint(planId, checkpointId, form.date(), form.title(), form.version()));
	}

	@PostMapping("/{planId}/checkpoints/{checkpointId}/delete")
	@Requires(Permission.EDIT_PLANS)
	String removeCheckpoint(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			RedirectAttributes redirect) {
		return attempt(member, planId, redirect, "#checkpoints", null, () -> plans.removeCheckpoint(planId, checkpointId));
	}

	@PostMapping("/{planId}/goals")
	@Requires(Permission.EDIT_PLANS)
	String addGoal(Member member, @PathVariable UUID planId, @ModelAttribute("goalForm") GoalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				var goal = plans.addGoal(planId, form.title(), form.description());
				return saved(member, planId, redirect, "#goal-" + goal.id());
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.wrongState", new Object[] { statusName(e.status()) }, "plan.wrongState");
			}
		}
		return show(member, planId, model);
	}

	@PostMapping("/{planId}/goals/{goalId}")
	@Requires(Permission.EDIT_PLANS)
	String describeGoal(Member member, @PathVariable UUID planId, @PathVariable UUID goalId,
			@ModelAttribute GoalForm form, BindingResult binding, RedirectAttributes redirect) {
		return attempt(member, planId, redirect, "#goal-" + goalId, binding,
				() -> plans.describeGoal(planId, goalId, form.title(), form.description(), form.version()));
	}

	@PostMapping("/{planId}/goals/{goalId}/delete")
	@Requires(Permission.EDIT_PLANS)
	String removeGoal(Member member, @PathVariable UUID planId, @PathVariable UUID goalId,
			RedirectAttributes redirect) {
		return attempt(member, planId, redirect, "#goals", null, () -> plans.removeGoal(planId, goalId));
	}

	@PostMapping("/{planId}/submit")
	@Requires(Permission.EDIT_PLANS)
	String submit(Member member, @PathVariable UUID planId, RedirectAttributes redirect) {
		try {
			plans.submit(member, planId);
			redirect.addFlashAttribute("flash", "plan.flash.submitted");
		}
		catch (PlanNotReady e) {
			redirect.addFlashAttribute("flashError", "plan.notReady");
			redirect.addFlashAttribute("refusedParts", e.readiness().missingParts().stream()
				.map(Readiness.PartName::name).toList());
		}
		catch (PlanInWrongState e) {
			wrongState(redirect, e);
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
	}

	@PostMapping("/{planId}/approve")
	@Requires(Permission.APPROVE_PLANS)
	String approve(Member member, @PathVariable UUID planId, RedirectAttributes redirect) {
		return lifecycle(member, planId, redirect, "plan.flash.approved", () -> plans.approve(member, planId));
	}

	@PostMapping("/{planId}/return")
	@Requires(Permission.APPROVE_PLANS)
	String returnToDraft(Member member, @PathVariable UUID planId, RedirectAttributes redirect) {
		return lifecycle(member, planId, redirect, "plan.flash.returned", () -> plans.returnToDraft(planId));
	}

	@PostMapping("/{planId}/close")
	@Requires(Permission.EDIT_PLANS)
	String close(Member member, @PathVariable UUID planId, @ModelAttribute("closeForm") CloseForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			plans.close(member, planId, form.summary());
			redirect.addFlashAttribute("flash", "plan.flash.closed");
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (PlanInWrongState e) {
			binding.reject("plan.wrongState", new Object[] { statusName(e.status()) }, "plan.wrongState");
		}
		return show(member, planId, model);
	}

	@PostMapping("/{planId}/template")
	@Requires(Permission.EDIT_PLANS)
	String saveAsTemplate(Member member, @PathVariable UUID planId, @ModelAttribute("templateForm") TemplateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			PlanTemplate template = plans.saveAsTemplate(member, planId, form.name());
			redirect.addFlashAttribute("flash", "plan.flash.templateSaved");
			redirect.addFlashAttribute("flashArgs", List.of(template.name()));
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		return show(member, planId, model);
	}

	@PostMapping("/{planId}/copy")
	@Requires(Permission.EDIT_PLANS)
	String copyToNextYear(Member member, @PathVariable UUID planId, RedirectAttributes redirect) {
		try {
			ServicePlan copy = plans.copyToNextYear(member, planId);
			redirect.addFlashAttribute("flash", "plan.flash.copied");
			redirect.addFlashAttribute("flashArgs", List.of(copy.title()));
			return "redirect:/w/" + member.workspaceId() + "/plans/" + copy.id();
		}
		catch (PlanInWrongState e) {
			wrongState(redirect, e);
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
	}

	@PostMapping("/{planId}/delete")
	@Requires(Permission.EDIT_PLANS)
	String delete(Member member, @PathVariable UUID planId, RedirectAttributes redirect) {
		String title = plans.plan(planId).title();
		try {
			plans.delete(planId);
			redirect.addFlashAttribute("flash", "plan.flash.deleted");
			redirect.addFlashAttribute("flashArgs", List.of(title));
			return "redirect:/w/" + member.workspaceId() + "/plans";
		}
		catch (PlanInWrongState e) {
			wrongState(redirect, e);
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
	}

	private String lifecycle(Member member, UUID planId, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (PlanInWrongState e) {
			wrongState(redirect, e);
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
	}

	/** Small edits made from a list (a checkpoint's date, a goal's title): a refusal comes back as a message on top. */
	private String attempt(Member member, UUID planId, RedirectAttributes redirect, String anchor,
			BindingResult binding, Runnable edit) {
		if (binding != null && binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", "validation.form");
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + anchor;
		}
		try {
			edit.run();
			return saved(member, planId, redirect, anchor);
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		catch (StaleRecord e) {
			redirect.addFlashAttribute("flashError", "validation.stale");
		}
		catch (PlanInWrongState e) {
			wrongState(redirect, e);
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + anchor;
	}

	private static String saved(Member member, UUID planId, RedirectAttributes redirect, String anchor) {
		redirect.addFlashAttribute("flash", "plan.flash.saved");
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + anchor;
	}

	private static void wrongState(RedirectAttributes redirect, PlanInWrongState e) {
		redirect.addFlashAttribute("flashError", "plan.wrongState");
		redirect.addFlashAttribute("flashErrorArgs", List.of(statusName(e.status())));
	}

	/** The status as words, resolved when the message is shown (in the reader's language). */
	static DefaultMessageSourceResolvable statusName(PlanStatus status) {
		return new DefaultMessageSourceResolvable("plan.status." + status);
	}

	/** A row of the plan list: how complete the plan is and how many of its tasks are still open. */
	record PlanRow(ServicePlan plan, PlanStatus status, long presentParts, long mandatoryParts, int tasks,
			long openTasks, long doneTasks) {

		static PlanRow of(ServicePlan plan, Readiness readiness, LocalDate today) {
			return new PlanRow(plan, plan.statusOn(today), PlanEditorModel.presentMandatory(readiness),
					PlanEditorModel.mandatory(readiness), plan.tasks().size(),
					plan.tasks().stream().filter(t -> t.status().isOpen()).count(),
					plan.tasks().stream().filter(t -> t.status() == org.serviceplan.plan.TaskStatus.DONE).count());
		}
	}

	/** A new plan: empty (blank template) or from the standard or a saved template. Dates travel as ISO (date inputs). */
	record NewPlanForm(String template, String title, @DateTimeFormat(iso = ISO.DATE) LocalDate startDate, UUID leadId) {

		ServicePlan create(ServicePlans plans, Member member) {
			if (startDate == null) {
				throw new BusinessRuleViolation("startDate", "validation.required");
			}
			if (title == null || title.isBlank()) {
				throw new BusinessRuleViolation("title", "validation.required");
			}
			if (template == null || template.isBlank()) {
				UUID lead = leadId == null ? member.personId() : leadId;
				return plans.create(member, title, null, PlanPeriod.oneYearFrom(startDate), lead, Set.of(lead));
			}
			return plans.createFromTemplate(member, template, title, startDate, leadId);
		}
	}

	record PlanForm(String title, String introduction, @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
			@DateTimeFormat(iso = ISO.DATE) LocalDate endDate, UUID leadId, Set<UUID> authorIds, Long version) {

		static PlanForm of(ServicePlan plan) {
			return new PlanForm(plan.title(), plan.introduction(), plan.period().start(), plan.period().end(),
					plan.leadId(), new HashSet<>(plan.authorIds()), plan.version());
		}

		PlanPeriod period() {
			return new PlanPeriod(startDate, endDate);
		}
	}

	record CheckpointForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, String title, Long version) {
	}

	record GoalForm(String title, String description, Long version) {
	}

	record CloseForm(String summary) {
	}

	record TemplateForm(String name) {
	}
}
