package org.serviceplan.plan.web;

import static org.serviceplan.plan.web.PlanExamples.CHECKPOINT;
import static org.serviceplan.plan.web.PlanExamples.GOAL;
import static org.serviceplan.plan.web.PlanExamples.WRONG_STATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.web.PlanJsons.CheckpointJson;
import org.serviceplan.plan.web.PlanJsons.GoalJson;
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

/** A plan's checkpoints (dated reviews, closed by the lead) and global tasks. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checkpoints and global tasks", description = "A plan's checkpoints and global tasks (goals)")
class PlanPartsRestController extends PlanProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final ServicePlans servicePlans;
	private final RequestBodies bodies;

	PlanPartsRestController(ServicePlans servicePlans, RequestBodies bodies, MessageSource messages) {
		super(messages);
		this.servicePlans = servicePlans;
		this.bodies = bodies;
	}

	@GetMapping("/checkpoints")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listCheckpoints", summary = "List checkpoints", description = "The plan's checkpoints by date.")
	@ApiResponse(responseCode = "200", description = "The checkpoints",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = CheckpointJson.class)),
					examples = @ExampleObject(name = "quarter", value = "[" + CHECKPOINT + "]")))
	List<CheckpointJson> checkpoints(@PathVariable UUID planId) {
		return servicePlans.plan(planId).checkpoints().stream().map(CheckpointJson::of).toList();
	}

	@PostMapping(path = "/checkpoints", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "addCheckpoint", summary = "Add a checkpoint",
			description = "A dated review inside the plan's period, where every running task reports. Checkpoints "
					+ "more than four months apart carry a warning on the plan.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewCheckpoint.class),
					examples = @ExampleObject(name = "quarter", value = """
							{"date": "2027-03-31", "title": "Итоги I квартала"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the checkpoint",
			content = @Content(schema = @Schema(implementation = CheckpointJson.class),
					examples = @ExampleObject(name = "quarter", value = CHECKPOINT)))
	ResponseEntity<CheckpointJson> addCheckpoint(@PathVariable UUID planId, @RequestBody NewCheckpoint request)
			throws BindException {
		servicePlans.plan(planId);
		bodies.check(request);
		Checkpoint checkpoint = servicePlans.addCheckpoint(planId, request.date(), request.title());
		return Locations.created(checkpoint.id(), CheckpointJson.of(checkpoint));
	}

	@GetMapping("/checkpoints/{checkpointId}")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getCheckpoint", summary = "Read a checkpoint",
			description = "One checkpoint, with who closed it, when and with what comment once closed.")
	@ApiResponse(responseCode = "200", description = "The checkpoint",
			content = @Content(schema = @Schema(implementation = CheckpointJson.class),
					examples = @ExampleObject(name = "quarter", value = CHECKPOINT)))
	CheckpointJson checkpoint(@PathVariable UUID planId, @PathVariable UUID checkpointId) {
		return CheckpointJson.of(servicePlans.plan(planId).checkpoint(checkpointId));
	}

	@PatchMapping(path = "/checkpoints/{checkpointId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "rescheduleCheckpoint", summary = "Reschedule a checkpoint",
			description = "A new date (inside the plan's period) or title. Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = CheckpointChange.class),
					examples = @ExampleObject(name = "later", value = """
							{"date": "2027-04-07", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The checkpoint as saved",
			content = @Content(schema = @Schema(implementation = CheckpointJson.class),
					examples = @ExampleObject(name = "later", value = CHECKPOINT)))
	CheckpointJson reschedule(@PathVariable UUID planId, @PathVariable UUID checkpointId,
			@Valid @RequestBody CheckpointChange change) {
		Checkpoint current = servicePlans.plan(planId).checkpoint(checkpointId);
		return CheckpointJson.of(servicePlans.rescheduleCheckpoint(planId, checkpointId,
				Patch.merge(change.date(), current.date()), Patch.merge(change.title(), current.title()),
				change.version()));
	}

	@DeleteMapping("/checkpoints/{checkpointId}")
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeCheckpoint", summary = "Remove a checkpoint",
			description = "A checkpoint that already has reports stays (422): reschedule it instead.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "422", description = "Reports were filed at it",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "hasReports", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "По контрольной точке «Итоги I квартала» уже есть отчёты: её нельзя удалить, только перенести.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/checkpoints/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}""")))
	@ApiResponse(responseCode = "409", description = "The plan is on approval or closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	void removeCheckpoint(@PathVariable UUID planId, @PathVariable UUID checkpointId) {
		servicePlans.removeCheckpoint(planId, checkpointId);
	}

	@PostMapping(path = "/checkpoints/{checkpointId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.REPORT_PROGRESS)
	@Operation(operationId = "closeCheckpoint", summary = "Close a checkpoint",
			description = "The plan's lead or an owner (403 for anyone else) closes a checkpoint after reviewing its "
					+ "reports, with a comment on what was found. No report is filed at a closed checkpoint.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = CheckpointClosing.class),
					examples = @ExampleObject(name = "reviewed", value = """
							{"comment": "Обучение идёт по плану; CRM отстаёт на две недели — сдвинули срок."}"""))))
	@ApiResponse(responseCode = "200", description = "The checkpoint, closed",
			content = @Content(schema = @Schema(implementation = CheckpointJson.class),
					examples = @ExampleObject(name = "closed", value = """
							{"id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "date": "2027-03-31", "title": "Итоги I квартала",
							 "closed": true, "closedAt": "2027-04-02T10:00:00Z",
							 "closedBy": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
							 "closingComment": "Обучение идёт по плану; CRM отстаёт на две недели — сдвинули срок.",
							 "version": 1}""")))
	@ApiResponse(responseCode = "403", description = "Neither the plan's lead nor an owner",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "notLead", value = """
							{"title": "Доступ запрещён", "status": 403,
							 "detail": "Закрыть контрольную точку может ответственный за план или владелец.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/checkpoints/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/close"}""")))
	CheckpointJson closeCheckpoint(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@RequestBody CheckpointClosing closing) {
		servicePlans.closeCheckpoint(member, planId, checkpointId, closing.comment());
		return CheckpointJson.of(servicePlans.plan(planId).checkpoint(checkpointId));
	}

	@GetMapping("/goals")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listGoals", summary = "List global tasks",
			description = "The plan's global tasks in order, each with the number of concrete tasks under it.")
	@ApiResponse(responseCode = "200", description = "The global tasks",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = GoalJson.class)),
					examples = @ExampleObject(name = "loyalty", value = "[" + GOAL + "]")))
	List<GoalJson> goals(@PathVariable UUID planId) {
		ServicePlan plan = servicePlans.plan(planId);
		return plan.goals().stream().map(g -> GoalJson.of(g, plan.tasks())).toList();
	}

	@PostMapping(path = "/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "addGoal", summary = "Add a global task",
			description = "What a group of concrete tasks achieves together; every global task needs at least one "
					+ "concrete task before the plan is ready.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewGoal.class),
					examples = @ExampleObject(name = "loyalty", value = """
							{"title": "Повысить лояльность пациентов", "description": "NPS с 20 до 45 к концу года"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the global task",
			content = @Content(schema = @Schema(implementation = GoalJson.class),
					examples = @ExampleObject(name = "loyalty", value = GOAL)))
	ResponseEntity<GoalJson> addGoal(@PathVariable UUID planId, @RequestBody NewGoal request) throws BindException {
		servicePlans.plan(planId);
		bodies.check(request);
		Goal goal = servicePlans.addGoal(planId, request.title(), request.description());
		return Locations.created(goal.id(), GoalJson.of(goal, List.of()));
	}

	@GetMapping("/goals/{goalId}")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getGoal", summary = "Read a global task", description = "One global task of the plan.")
	@ApiResponse(responseCode = "200", description = "The global task",
			content = @Content(schema = @Schema(implementation = GoalJson.class),
					examples = @ExampleObject(name = "loyalty", value = GOAL)))
	GoalJson goal(@PathVariable UUID planId, @PathVariable UUID goalId) {
		return GoalJson.of(servicePlans.goal(planId, goalId), servicePlans.plan(planId).tasks());
	}

	@PatchMapping(path = "/goals/{goalId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "changeGoal", summary = "Change a global task",
			description = "Title or description; send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = GoalChange.class),
					examples = @ExampleObject(name = "retitle", value = """
							{"title": "Повысить лояльность пациентов до NPS 45", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The global task as saved",
			content = @Content(schema = @Schema(implementation = GoalJson.class),
					examples = @ExampleObject(name = "saved", value = GOAL)))
	GoalJson changeGoal(@PathVariable UUID planId, @PathVariable UUID goalId, @Valid @RequestBody GoalChange change) {
		Goal current = servicePlans.goal(planId, goalId);
		Goal goal = servicePlans.describeGoal(planId, goalId, Patch.merge(change.title(), current.title()),
				Patch.merge(change.description(), current.description()), change.version());
		return GoalJson.of(goal, servicePlans.plan(planId).tasks());
	}

	@DeleteMapping("/goals/{goalId}")
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeGoal", summary = "Remove a global task",
			description = "Only a global task without concrete tasks is removed (422): move or remove them first.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "422", description = "It still has tasks",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "hasTasks", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "В глобальной задаче «Повысить лояльность пациентов» есть задачи: сначала перенесите или удалите их.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/goals/d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a"}""")))
	@ApiResponse(responseCode = "409", description = "The plan is on approval or closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	void removeGoal(@PathVariable UUID planId, @PathVariable UUID goalId) {
		servicePlans.removeGoal(planId, goalId);
	}

	@Schema(description = "A new checkpoint")
	record NewCheckpoint(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") LocalDate date,
			@Schema(example = "Итоги I квартала", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
			@NotBlank(message = "{validation.required}") String title) {
	}

	@Schema(description = "Changes to a checkpoint: fields left out keep their value")
	record CheckpointChange(@Schema(implementation = LocalDate.class) Optional<LocalDate> date,
			@Schema(implementation = String.class, maxLength = 200) Optional<String> title,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}

	@Schema(description = "What the review at the checkpoint found")
	record CheckpointClosing(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String comment) {
	}

	@Schema(description = "A new global task")
	record NewGoal(@Schema(example = "Повысить лояльность пациентов", maxLength = 300,
			requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "{validation.required}") String title,
			@Schema(maxLength = 4000) String description) {
	}

	@Schema(description = "Changes to a global task: fields left out keep their value")
	record GoalChange(@Schema(implementation = String.class, maxLength = 300) Optional<String> title,
			@Schema(implementation = String.class, maxLength = 4000) Optional<String> description,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}
}
