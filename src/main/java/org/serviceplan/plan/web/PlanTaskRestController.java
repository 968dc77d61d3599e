package org.serviceplan.plan.web;

import static org.serviceplan.plan.web.PlanExamples.NEW_TASK;
import static org.serviceplan.plan.web.PlanExamples.TASK;
import static org.serviceplan.plan.web.PlanExamples.WRONG_STATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.plan.web.PlanJsons.BudgetJson;
import org.serviceplan.plan.web.PlanJsons.TaskJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A plan's concrete tasks: one responsible each, dates inside the plan, a measurable result, a budget. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/plans/{planId}/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan tasks", description = "A plan's concrete tasks, in blocks, under global tasks")
class PlanTaskRestController extends PlanProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";
	private static final String TARGET_ID = "A target of the metrics dashboard of this workspace, named as the "
			+ "task's measured expected result";

	private final ServicePlans servicePlans;
	private final PlanAnswers answers;
	private final RequestBodies bodies;

	PlanTaskRestController(ServicePlans servicePlans, PlanAnswers answers, RequestBodies bodies,
			MessageSource messages) {
		super(messages);
		this.servicePlans = servicePlans;
		this.answers = answers;
		this.bodies = bodies;
	}

	@GetMapping
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listTasks", summary = "List tasks",
			description = "The plan's tasks block by block, in their order. `overdue` is derived: open and past the "
					+ "due date in the company's time zone.")
	@ApiResponse(responseCode = "200", description = "The tasks",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = TaskJson.class)),
					examples = @ExampleObject(name = "training", value = "[" + TASK + "]")))
	List<TaskJson> list(Member member, @PathVariable UUID planId) {
		return servicePlans.plan(planId).tasks().stream().map(t -> answers.task(member, t)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "addTask", summary = "Add a task",
			description = "Owners, executives and service heads. Exactly one responsible, a person of the company; "
					+ "start and due dates inside the plan's period, due not before start. `expectedResult`, "
					+ "`reportingFormat` and `budget` (amount and, unless 0, its `source`) may be filled in later, "
					+ "but the plan is not ready without them. `budget.currency` defaults to the plan's. Once the "
					+ "plan is approved, the responsible and the lead are notified of every change.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewTask.class),
					examples = @ExampleObject(name = "training", value = NEW_TASK))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the task",
			content = @Content(schema = @Schema(implementation = TaskJson.class),
					examples = @ExampleObject(name = "training", value = TASK)))
	ResponseEntity<TaskJson> add(Member member, @PathVariable UUID planId, @RequestBody NewTask request)
			throws BindException {
		servicePlans.plan(planId);
		bodies.check(request);
		PlanTask task = servicePlans.addTask(member, planId, request.details(), request.targetId());
		return Locations.created(task.id(), answers.task(member, task));
	}

	@GetMapping("/{taskId}")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getTask", summary = "Read a task", description = "One task, with `overdue` and `version`.")
	@ApiResponse(responseCode = "200", description = "The task",
			content = @Content(schema = @Schema(implementation = TaskJson.class),
					examples = @ExampleObject(name = "training", value = TASK)))
	TaskJson get(Member member, @PathVariable UUID planId, @PathVariable UUID taskId) {
		return answers.task(member, servicePlans.plan(planId).task(taskId));
	}

	@PatchMapping(path = "/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "changeTask", summary = "Change a task",
			description = "Send `version` from your last read; fields left out keep their value, `budget` is "
					+ "replaced as a whole. If someone saved the task since you read it, the answer is 409 and "
					+ "nothing changes: read it again and retry. Changes to an approved plan are announced to the "
					+ "responsibles concerned (the old one too) and the lead.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TaskChange.class),
					examples = @ExampleObject(name = "postpone", value = """
							{"dueDate": "2027-04-10", "status": "IN_PROGRESS", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The task as saved",
			content = @Content(schema = @Schema(implementation = TaskJson.class),
					examples = @ExampleObject(name = "saved", value = TASK)))
	TaskJson change(Member member, @PathVariable UUID planId, @PathVariable UUID taskId,
			@Valid @RequestBody TaskChange change) {
		PlanTask current = servicePlans.plan(planId).task(taskId);
		PlanTask task = servicePlans.changeTask(member, planId, taskId, change.applyTo(current.details()),
				change.version(), Patch.merge(change.targetId(), current.targetId()));
		return answers.task(member, task);
	}

	@DeleteMapping("/{taskId}")
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeTask", summary = "Remove a task",
			description = "Once the plan is approved, the responsible and the lead are told.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "The plan is on approval or closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	void remove(Member member, @PathVariable UUID planId, @PathVariable UUID taskId) {
		servicePlans.removeTask(member, planId, taskId);
	}

	@PostMapping(path = "/{taskId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "moveTask", summary = "Move a task",
			description = "Puts the task at `index` (from 0) in `block` — its own or another, a new block name "
					+ "starts a block; the other tasks of the block close up around it.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Move.class),
					examples = @ExampleObject(name = "first", value = """
							{"block": "Персонал", "index": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The task in its new place",
			content = @Content(schema = @Schema(implementation = TaskJson.class),
					examples = @ExampleObject(name = "moved", value = TASK)))
	TaskJson move(Member member, @PathVariable UUID planId, @PathVariable UUID taskId, @RequestBody Move move)
			throws BindException {
		servicePlans.plan(planId).task(taskId);
		bodies.check(move);
		servicePlans.moveTask(planId, taskId, move.block(), move.index());
		return answers.task(member, servicePlans.plan(planId).task(taskId));
	}

	private static Currency currency(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("budget.currency", "validation.invalid");
		}
	}

	@Schema(name = "NewPlanTask", description = "A new task")
	record NewTask(
			@Schema(example = "Обучить администраторов скриптам приёма", maxLength = 300,
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "{validation.required}") String title,
			@Schema(description = "Its global task", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") UUID goalId,
			@Schema(example = "Персонал", maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED)
			@NotBlank(message = "{validation.required}") String block,
			@Schema(description = "The one person responsible", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{plan.task.responsible.required}") UUID responsibleId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{validation.required}")
			LocalDate startDate,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{validation.required}")
			LocalDate dueDate,
			@Schema(description = "Measurable: what is reached, and how to tell") String expectedResult,
			@Schema(description = "How the responsible reports") String reportingFormat, @Valid BudgetJson budget,
			@Schema(description = "Reward for reaching the target; optional, management decides") String reward,
			@Schema(maxLength = 4000) String description, Set<UUID> coExecutorIds,
			@Schema(example = "Прошли аттестацию, %") String targetMetric,
			@Schema(example = "100") BigDecimal targetValue, TaskStatus status, Priority priority, TaskKind kind,
			@Schema(description = TARGET_ID) UUID targetId) {

		TaskDetails details() {
			BudgetJson b = budget == null ? new BudgetJson(null, null, null) : budget;
			return new TaskDetails(goalId, block, title, description, responsibleId, coExecutorIds, startDate, dueDate,
					expectedResult, targetMetric, targetValue, reportingFormat, b.amount(), currency(b.currency()),
					b.source(), reward, status, priority, kind);
		}
	}

	@Schema(name = "PlanTaskChange", description = "Changes to a task: fields left out keep their value")
	record TaskChange(@Schema(implementation = String.class) Optional<String> title,
			@Schema(implementation = UUID.class) Optional<UUID> goalId,
			@Schema(implementation = String.class) Optional<String> block,
			@Schema(implementation = UUID.class) Optional<UUID> responsibleId,
			@Schema(implementation = LocalDate.class) Optional<LocalDate> startDate,
			@Schema(implementation = LocalDate.class) Optional<LocalDate> dueDate,
			@Schema(implementation = String.class) Optional<String> expectedResult,
			@Schema(implementation = String.class) Optional<String> reportingFormat,
			@Schema(implementation = BudgetJson.class) Optional<BudgetJson> budget,
			@Schema(implementation = String.class) Optional<String> reward,
			@Schema(implementation = String.class) Optional<String> description,
			@ArraySchema(schema = @Schema(implementation = UUID.class)) Optional<Set<UUID>> coExecutorIds,
			@Schema(implementation = String.class) Optional<String> targetMetric,
			@Schema(implementation = BigDecimal.class) Optional<BigDecimal> targetValue,
			@Schema(implementation = TaskStatus.class) Optional<TaskStatus> status,
			@Schema(implementation = Priority.class) Optional<Priority> priority,
			@Schema(implementation = TaskKind.class) Optional<TaskKind> kind,
			@Schema(implementation = UUID.class, description = TARGET_ID + "; null names none") Optional<UUID> targetId,
			@Schema(description = "The version of your last read", example = "0",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {

		TaskDetails applyTo(TaskDetails d) {
			BudgetJson current = new BudgetJson(d.budgetAmount(), d.budgetCurrency().getCurrencyCode(), d.budgetSource());
			BudgetJson b = Patch.merge(budget, current);
			if (b == null) {
				b = new BudgetJson(null, null, null);
			}
			return new TaskDetails(Patch.merge(goalId, d.goalId()), Patch.merge(block, d.block()),
					Patch.merge(title, d.title()), Patch.merge(description, d.description()),
					Patch.merge(responsibleId, d.responsibleId()), Patch.merge(coExecutorIds, d.coExecutorIds()),
					Patch.merge(startDate, d.startDate()), Patch.merge(dueDate, d.dueDate()),
					Patch.merge(expectedResult, d.expectedResult()), Patch.merge(targetMetric, d.targetMetric()),
					Patch.merge(targetValue, d.targetValue()), Patch.merge(reportingFormat, d.reportingFormat()),
					b.amount(), currency(b.currency()), b.source(), Patch.merge(reward, d.reward()),
					Patch.merge(status, d.status()), Patch.merge(priority, d.priority()), Patch.merge(kind, d.kind()));
		}
	}

	@Schema(name = "TaskMove", description = "Where to put the task")
	record Move(@Schema(example = "Персонал", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotBlank(message = "{validation.required}") String block,
			@Schema(description = "Place in the block, from 0; past the end puts it last", example = "0",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{plan.task.move.indexRequired}")
			@PositiveOrZero(message = "{plan.task.move.indexRequired}") Integer index) {
	}
}
