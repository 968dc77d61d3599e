package org.serviceplan.plan.web;

import static org.serviceplan.plan.web.PlanExamples.REPORT;
import static org.serviceplan.plan.web.PlanExamples.WRONG_STATE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.web.PlanJsons.PendingJson;
import org.serviceplan.plan.web.PlanJsons.ReportJson;
import org.serviceplan.plan.web.PlanJsons.ReportsJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reports on tasks at checkpoints, and who has not reported yet: control at every checkpoint. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checkpoint reports", description = "Progress reports on tasks at a plan's checkpoints")
class ReportRestController extends PlanProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";
	private static final String REPORTS_EXAMPLE = "{\"reports\": [" + REPORT + """
			], "pending": [{"checkpointId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "checkpointDate": "2027-03-31",
			 "checkpointTitle": "Итоги I квартала", "taskId": "b8c7d6e5-f4a3-4b2c-8d1e-0f9a8b7c6d5e",
			 "taskTitle": "Внедрить CRM", "responsibleId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}]}""";

	private final ServicePlans servicePlans;
	private final RequestBodies bodies;

	ReportRestController(ServicePlans servicePlans, RequestBodies bodies, MessageSource messages) {
		super(messages);
		this.servicePlans = servicePlans;
		this.bodies = bodies;
	}

	@PostMapping(path = "/checkpoints/{checkpointId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.REPORT_PROGRESS)
	@Operation(operationId = "fileReport", summary = "Report on a task at a checkpoint",
			description = "The task's responsible (or the plan's lead) reports progress in percent, the result so "
					+ "far, a deviation with its reason, next steps and the money spent so far. The plan must be "
					+ "approved or active (409) and the checkpoint open (422). A second report on the same task at "
					+ "the same checkpoint revises the first (200; send its `version` to guard against a parallel "
					+ "revision).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewReport.class),
					examples = @ExampleObject(name = "progress", value = """
							{"taskId": "a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d", "progress": 60,
							 "result": "Обучены 6 из 10 администраторов", "deviation": "Двое в отпуске до 20 марта",
							 "nextSteps": "Второй поток 22 марта", "spent": 70000}"""))))
	@ApiResponse(responseCode = "201", description = "Filed; Location names the report",
			content = @Content(schema = @Schema(implementation = ReportJson.class),
					examples = @ExampleObject(name = "filed", value = REPORT)))
	@ApiResponse(responseCode = "200", description = "An earlier report on the task revised",
			content = @Content(schema = @Schema(implementation = ReportJson.class),
					examples = @ExampleObject(name = "revised", value = REPORT)))
	@ApiResponse(responseCode = "409", description = "The plan is not approved or active, or a stale version",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	ResponseEntity<ReportJson> file(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@RequestBody NewReport request) throws BindException {
		ServicePlan plan = servicePlans.plan(planId);
		plan.checkpoint(checkpointId);
		bodies.check(request);
		if (plan.tasks().stream().noneMatch(t -> t.id().equals(request.taskId()))) {
			throw new BusinessRuleViolation("taskId", "plan.report.unknownTask");
		}
		boolean revision = servicePlans.hasReport(checkpointId, request.taskId());
		CheckpointReport report = servicePlans.fileReport(member, planId, checkpointId, request.taskId(),
				new CheckpointReport.ReportDetails(request.progress(), request.result(), request.deviation(),
						request.nextSteps(), request.spent()),
				request.version());
		ReportJson json = ReportJson.of(report, plan.task(request.taskId()).title());
		if (revision) {
			return ResponseEntity.ok(json);
		}
		var location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/workspaces/{ws}/plans/{planId}/reports/{reportId}")
			.buildAndExpand(member.workspaceId(), planId, report.id())
			.toUri();
		return ResponseEntity.status(HttpStatus.CREATED).location(location).body(json);
	}

	@GetMapping("/checkpoints/{checkpointId}/reports")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listCheckpointReports", summary = "Reports at a checkpoint",
			description = "The reports filed at the checkpoint, oldest first, and in `pending` the tasks expected to "
					+ "report there that have not: every task not cancelled that started by the checkpoint's date and "
					+ "was still running after the previous checkpoint.")
	@ApiResponse(responseCode = "200", description = "Filed and pending reports",
			content = @Content(schema = @Schema(implementation = ReportsJson.class),
					examples = @ExampleObject(name = "quarter", value = REPORTS_EXAMPLE)))
	ReportsJson atCheckpoint(@PathVariable UUID planId, @PathVariable UUID checkpointId) {
		ServicePlan plan = servicePlans.plan(planId);
		return reports(plan, List.of(plan.checkpoint(checkpointId)));
	}

	@GetMapping("/reports")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listPlanReports", summary = "Reports of a plan",
			description = "Every report of the plan, oldest first, and the reports still pending at each checkpoint "
					+ "(see the checkpoint's reports); `checkpointId` narrows both to one checkpoint.")
	@ApiResponse(responseCode = "200", description = "Filed and pending reports",
			content = @Content(schema = @Schema(implementation = ReportsJson.class),
					examples = @ExampleObject(name = "plan", value = REPORTS_EXAMPLE)))
	ReportsJson ofPlan(@PathVariable UUID planId,
			@Parameter(description = "Only this checkpoint's reports") @RequestParam(required = false) UUID checkpointId) {
		ServicePlan plan = servicePlans.plan(planId);
		return reports(plan, checkpointId == null ? plan.checkpoints() : List.of(plan.checkpoint(checkpointId)));
	}

	@GetMapping("/reports/{reportId}")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getReport", summary = "Read a report", description = "One report of the plan.")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(schema = @Schema(implementation = ReportJson.class),
					examples = @ExampleObject(name = "progress", value = REPORT)))
	ReportJson report(@PathVariable UUID planId, @PathVariable UUID reportId) {
		CheckpointReport report = servicePlans.report(planId, reportId);
		PlanTask task = PlanAnswers.tasksById(servicePlans.plan(planId)).get(report.taskId());
		return ReportJson.of(report, task == null ? null : task.title());
	}

	private ReportsJson reports(ServicePlan plan, List<Checkpoint> checkpoints) {
		Map<UUID, PlanTask> tasks = PlanAnswers.tasksById(plan);
		List<ReportJson> filed = new ArrayList<>();
		List<PendingJson> pending = new ArrayList<>();
		for (Checkpoint checkpoint : checkpoints) {
			List<CheckpointReport> reports = servicePlans.reports(plan.id(), checkpoint.id());
			reports.forEach(r -> filed.add(ReportJson.of(r, tasks.containsKey(r.taskId()) ? tasks.get(r.taskId()).title()
					: null)));
			plan.tasksToReportAt(checkpoint.id()).stream()
				.filter(t -> reports.stream().noneMatch(r -> r.taskId().equals(t.id())))
				.forEach(t -> pending.add(new PendingJson(checkpoint.id(), checkpoint.date(), checkpoint.title(), t.id(),
						t.title(), t.responsibleId())));
		}
		filed.sort(java.util.Comparator.comparing(ReportJson::filedAt));
		return new ReportsJson(filed, pending);
	}

	@Schema(name = "NewCheckpointReport", description = "A report on a task")
	record NewReport(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{validation.required}")
			UUID taskId,
			@Schema(description = "Percent done, 0–100", example = "60", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") @Min(value = 0, message = "{plan.report.progress.range}")
			@Max(value = 100, message = "{plan.report.progress.range}") Integer progress,
			@Schema(example = "Обучены 6 из 10 администраторов", maxLength = 4000,
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "{validation.required}") String result,
			@Schema(description = "What deviates from the plan, and why", maxLength = 4000) String deviation,
			@Schema(maxLength = 4000) String nextSteps,
			@Schema(description = "Money of the task's budget spent so far, in the task's currency", example = "70000")
			BigDecimal spent,
			@Schema(description = "When revising: the version of the report you read") Long version) {
	}
}
