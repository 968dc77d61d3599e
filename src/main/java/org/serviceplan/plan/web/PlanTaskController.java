package org.serviceplan.plan.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.plan.Priority;
import org.serviceplan.plan.ResultTargets;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanInWrongState;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Concrete tasks of a plan: added and edited in place on the editor (htmx swaps the task dialog, the tables and
 * the readiness panel), or on their own page without JavaScript; reordered within a block.
 */
@Controller
@RequestMapping("/w/{ws}/plans/{planId}/tasks")
class PlanTaskController {

	static final String PAGE = "plan/task";
	static final String FORM_PAGE = "plan/task-form";
	static final String FORM = "plan/task-form :: form";
	static final String REFRESHED = "plan/editor :: refreshed";
	/** Offered as funding sources; any other text is accepted too. */
	static final List<String> FUNDING_SOURCES = List.of("plan.funding.OWN", "plan.funding.INVESTMENT",
			"plan.funding.DEPARTMENT", "plan.funding.OTHER");

	private final ServicePlans plans;
	private final PlanEditorModel editor;
	private final Workspaces workspaces;
	private final Clock clock;
	private final PlanTaskIntake intake;

	private final ObjectProvider<ResultTargets> resultTargets;

	PlanTaskController(ServicePlans plans, PlanEditorModel editor, Workspaces workspaces, Clock clock,
			PlanTaskIntake intake, ObjectProvider<ResultTargets> resultTargets) {
		this.plans = plans;
		this.editor = editor;
		this.workspaces = workspaces;
		this.clock = clock;
		this.intake = intake;
		this.resultTargets = resultTargets;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/new")
	@Requires(Permission.EDIT_PLANS)
	String newTask(Member member, @PathVariable UUID planId, @RequestParam(required = false) UUID goalId,
			@RequestParam(required = false) String block,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ServicePlan plan = plans.plan(planId);
		LocalDate start = plan.period().start();
		model.addAttribute("form", new TaskForm(goalId, block, null, null, member.personId(), Set.of(), start,
				plan.period().end(), null, null, null, null, null, plan.currency().getCurrencyCode(), null, null,
				TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.OTHER, null, null));
		formModel(plan, null, model);
		model.addAttribute("inPage", !isHtmx(htmx));
		return isHtmx(htmx) ? FORM : FORM_PAGE;
	}

	@PostMapping
	@Requires(Permission.EDIT_PLANS)
	String add(Member member, @PathVariable UUID planId, @ModelAttribute("form") TaskForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				PlanTask task = plans.addTask(member, planId, form.details(), form.targetId());
				return saved(member, planId, task.id(), htmx, "plan.task.added", model, redirect);
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, TaskForm.onForm(e));
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.wrongState", new Object[] { PlanController.statusName(e.status()) },
						"plan.wrongState");
			}
		}
		formModel(plans.plan(planId), null, model);
		model.addAttribute("inPage", !isHtmx(htmx));
		return isHtmx(htmx) ? FORM : FORM_PAGE;
	}

	@GetMapping("/{taskId}")
	@Requires(Permission.VIEW_PLANS)
	String show(Member member, @PathVariable UUID planId, @PathVariable UUID taskId, Model model) {
		ServicePlan plan = plans.plan(planId);
		PlanTask task = plan.task(taskId);
		Map<UUID, String> checkpoints = plan.checkpoints().stream()
			.collect(Collectors.toMap(Checkpoint::id, c -> c.title() == null ? c.date().toString() : c.title()));
		List<CheckpointReport> reports = plans.reports(planId).stream().filter(r -> r.taskId().equals(taskId)).toList();
		model.addAttribute("task", task);
		model.addAttribute("goal", plan.findGoal(task.goalId()).orElse(null));
		model.addAttribute("reports", reports);
		model.addAttribute("checkpointTitles", checkpoints);
		model.addAttribute("canEdit", PlanEditorModel.canEdit(member, plan));
		model.addAttribute("inPage", true);
		model.addAttribute("today", LocalDate.now(clock));
		// where the task came from (a session's idea), shown by ids; the trace page has the names
		model.addAttribute("origin", intake.originOf(taskId).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TaskForm.of(task));
		}
		formModel(plan, taskId, model);
		model.addAttribute("namedTarget", task.targetId() == null ? null
				: resultTargets(model).stream().filter(t -> t.id().equals(task.targetId())).findFirst().orElse(null));
		return PAGE;
	}

	@GetMapping("/{taskId}/edit")
	@Requires(Permission.EDIT_PLANS)
	String edit(Member member, @PathVariable UUID planId, @PathVariable UUID taskId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (!isHtmx(htmx)) {
			return show(member, planId, taskId, model);
		}
		ServicePlan plan = plans.plan(planId);
		model.addAttribute("form", TaskForm.of(plan.task(taskId)));
		formModel(plan, taskId, model);
		return FORM;
	}

	@PostMapping("/{taskId}")
	@Requires(Permission.EDIT_PLANS)
	String change(Member member, @PathVariable UUID planId, @PathVariable UUID taskId,
			@ModelAttribute("form") TaskForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.changeTask(member, planId, taskId, form.details(), form.version(), form.targetId());
				return saved(member, planId, taskId, htmx, "plan.task.saved", model, redirect);
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, TaskForm.onForm(e));
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.wrongState", new Object[] { PlanController.statusName(e.status()) },
						"plan.wrongState");
			}
			catch (StaleRecord e) {
				conflict(plans.plan(planId).task(taskId), form, model);
			}
		}
		if (isHtmx(htmx)) {
			formModel(plans.plan(planId), taskId, model);
			return FORM;
		}
		return show(member, planId, taskId, model);
	}

	@PostMapping("/{taskId}/delete")
	@Requires(Permission.EDIT_PLANS)
	String remove(Member member, @PathVariable UUID planId, @PathVariable UUID taskId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		String title = plans.plan(planId).task(taskId).title();
		try {
			plans.removeTask(member, planId, taskId);
		}
		catch (PlanInWrongState e) {
			redirect.addFlashAttribute("flashError", "plan.wrongState");
			redirect.addFlashAttribute("flashErrorArgs", List.of(PlanController.statusName(e.status())));
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
		if (isHtmx(htmx)) {
			editor.fill(member, planId, model);
			model.addAttribute("message", "plan.task.deleted");
			model.addAttribute("messageArgs", new Object[] { title });
			return REFRESHED;
		}
		redirect.addFlashAttribute("flash", "plan.task.deleted");
		redirect.addFlashAttribute("flashArgs", List.of(title));
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + "#goals";
	}

	/**
	 * Puts a task elsewhere in its table: either the table's new order after a drag and drop ({@code order}, the
	 * ids top to bottom) or one step up or down (the buttons that do the same from the keyboard).
	 */
	@PostMapping("/{taskId}/move")
	@Requires(Permission.EDIT_PLANS)
	String move(Member member, @PathVariable UUID planId, @PathVariable UUID taskId,
			@RequestParam(required = false) List<UUID> order, @RequestParam(required = false) String direction,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		ServicePlan plan = plans.plan(planId);
		PlanTask task = plan.task(taskId);
		List<PlanTask> block = plan.tasks().stream().filter(t -> t.block().equalsIgnoreCase(task.block())).toList();
		List<UUID> table = new ArrayList<>(block.stream().filter(t -> t.goalId().equals(task.goalId()))
			.map(PlanTask::id).toList());
		if (order != null && !order.isEmpty()) {
			// an order made on a stale table (someone else added or moved a task) is ignored: the table refreshes
			if (Set.copyOf(order).equals(Set.copyOf(table))) {
				table = new ArrayList<>(order);
			}
		}
		else {
			int at = table.indexOf(taskId);
			int to = "up".equals(direction) ? at - 1 : at + 1;
			if (to >= 0 && to < table.size()) {
				table.remove(at);
				table.add(to, taskId);
			}
		}
		try {
			plans.moveTask(planId, taskId, task.block(), indexInBlock(block, table, taskId));
		}
		catch (PlanInWrongState e) {
			redirect.addFlashAttribute("flashError", "plan.wrongState");
			redirect.addFlashAttribute("flashErrorArgs", List.of(PlanController.statusName(e.status())));
			return "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		}
		if (isHtmx(htmx)) {
			editor.fill(member, planId, model);
			model.addAttribute("message", "plan.task.moved");
			model.addAttribute("messageArgs", new Object[] { task.title() });
			return REFRESHED;
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + "#task-" + taskId;
	}

	/**
	 * A table shows one goal's tasks of a block; the block may hold other goals' tasks too. The task goes just
	 * before its new next neighbour in the table (or just after its previous one) among the whole block.
	 */
	static int indexInBlock(List<PlanTask> block, List<UUID> table, UUID taskId) {
		List<UUID> others = block.stream().map(PlanTask::id).filter(id -> !id.equals(taskId)).toList();
		int at = table.indexOf(taskId);
		if (at + 1 < table.size()) {
			return others.indexOf(table.get(at + 1));
		}
		if (at > 0) {
			return others.indexOf(table.get(at - 1)) + 1;
		}
		return 0;
	}

	private String saved(Member member, UUID planId, UUID taskId, String htmx, String message, Model model,
			RedirectAttributes redirect) {
		String title = plans.plan(planId).task(taskId).title();
		if (isHtmx(htmx)) {
			editor.fill(member, planId, model);
			model.addAttribute("message", message);
			model.addAttribute("messageArgs", new Object[] { title });
			return REFRESHED;
		}
		redirect.addFlashAttribute("flash", message);
		redirect.addFlashAttribute("flashArgs", List.of(title));
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + "#task-" + taskId;
	}

	/** Someone saved the task first: keep what this user typed, on top of the other's version, and show theirs. */
	private static void conflict(PlanTask theirs, TaskForm mine, Model model) {
		TaskForm kept = mine.withVersion(theirs.version());
		BindingResult binding = new BeanPropertyBindingResult(kept, "form");
		binding.reject("plan.task.stale", "plan.task.stale");
		model.addAttribute("form", kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
		model.addAttribute("theirs", theirs);
	}

	private void formModel(ServicePlan plan, UUID taskId, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("taskId", taskId);
		model.addAttribute("goals", plan.goals());
		model.addAttribute("blocks", plan.tasks().stream().map(PlanTask::block).distinct().toList());
		model.addAttribute("people", workspaces.people());
		model.addAttribute("names", plans.names());
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("kinds", TaskKind.values());
		model.addAttribute("fundingSources", FUNDING_SOURCES);
		model.addAttribute("currencies", List.of(plan.currency().getCurrencyCode(), "RUB", "EUR", "USD", "KZT", "BYN")
			.stream().distinct().toList());
		ResultTargets targets = resultTargets.getIfAvailable();
		model.addAttribute("resultTargets",
				targets == null ? List.of() : targets.targets(LocaleContextHolder.getLocale()));
	}

	@SuppressWarnings("unchecked")
	private static List<ResultTargets.ResultTarget> resultTargets(Model model) {
		return (List<ResultTargets.ResultTarget>) model.getAttribute("resultTargets");
	}

	private static boolean isHtmx(String htmx) {
		return "true".equals(htmx);
	}

	/** Every field of a task as the form sends it. */
	record TaskForm(UUID goalId, String block, String title, String description, UUID responsibleId,
			Set<UUID> coExecutorIds, @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
			@DateTimeFormat(iso = ISO.DATE) LocalDate dueDate, String expectedResult, String targetMetric,
			BigDecimal targetValue, String reportingFormat, BigDecimal budgetAmount, String budgetCurrency,
			String budgetSource, String reward, TaskStatus status, Priority priority, TaskKind kind, Long version,
			UUID targetId) {

		static TaskForm of(PlanTask t) {
			return new TaskForm(t.goalId(), t.block(), t.title(), t.description(), t.responsibleId(),
					t.coExecutorIds(), t.startDate(), t.dueDate(), t.expectedResult(), t.targetMetric(),
					t.targetValue(), t.reportingFormat(), t.budgetAmount(),
					t.budgetCurrency() == null ? null : t.budgetCurrency().getCurrencyCode(), t.budgetSource(),
					t.reward(), t.status(), t.priority(), t.kind(), t.version(), t.targetId());
		}

		TaskForm withVersion(long newVersion) {
			return new TaskForm(goalId, block, title, description, responsibleId, coExecutorIds, startDate, dueDate,
					expectedResult, targetMetric, targetValue, reportingFormat, budgetAmount, budgetCurrency,
					budgetSource, reward, status, priority, kind, newVersion, targetId);
		}

		TaskDetails details() {
			Currency currency = null;
			if (budgetCurrency != null && !budgetCurrency.isBlank()) {
				try {
					currency = Currency.getInstance(budgetCurrency.strip().toUpperCase(java.util.Locale.ROOT));
				}
				catch (IllegalArgumentException e) {
					throw new BusinessRuleViolation("budgetCurrency", "validation.invalid");
				}
			}
			return new TaskDetails(goalId, block, title, description, responsibleId, coExecutorIds, startDate,
					dueDate, expectedResult, targetMetric, targetValue, reportingFormat, budgetAmount, currency,
					budgetSource, reward, status, priority, kind);
		}

		/** The domain names the budget's parts as the API does ({@code budget.amount}); the form flattens them. */
		static BusinessRuleViolation onForm(BusinessRuleViolation e) {
			String field = e.field();
			if (field == null || !field.startsWith("budget.")) {
				return e;
			}
			String flat = "budget" + Character.toUpperCase(field.charAt(7)) + field.substring(8);
			return new BusinessRuleViolation(flat, e.messageKey(), e.arguments());
		}
	}
}
