package org.serviceplan.plan.web;

import static org.serviceplan.plan.web.PlanExamples.NOT_LEAD;
import static org.serviceplan.plan.web.PlanExamples.NOT_READY;
import static org.serviceplan.plan.web.PlanExamples.PLAN;
import static org.serviceplan.plan.web.PlanExamples.PLAN_SUMMARY;
import static org.serviceplan.plan.web.PlanExamples.WRONG_STATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.web.PlanJsons.PlanJson;
import org.serviceplan.plan.web.PlanJsons.PlanSummaryJson;
import org.serviceplan.plan.web.PlanJsons.ReadinessJson;
import org.serviceplan.plan.web.PlanJsons.TemplateJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Service plans: the document itself, its readiness checklist, its life from draft to closed, templates. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service plans", description = "Service plans, their readiness, approval and closing, and templates")
class PlanRestController extends PlanProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final ServicePlans servicePlans;
	private final PlanAnswers answers;

	PlanRestController(ServicePlans servicePlans, PlanAnswers answers, MessageSource messages) {
		super(messages);
		this.servicePlans = servicePlans;
		this.answers = answers;
	}

	@GetMapping("/plans")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listPlans", summary = "List plans",
			description = "Every plan of the company, latest start first, with counts of its parts. `status` is "
					+ "ACTIVE for an approved plan from its start date on (in the company's time zone).")
	@ApiResponse(responseCode = "200", description = "The plans",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = PlanSummaryJson.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + PLAN_SUMMARY + "]")))
	List<PlanSummaryJson> list(Member member) {
		return servicePlans.all().stream().map(p -> answers.summary(member, p)).toList();
	}

	@PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "createPlan", summary = "Create a plan",
			description = "Owners, executives and service heads. A new DRAFT; the caller becomes one of its authors. "
					+ "The period is at least six months (a year is recommended: a shorter one carries a warning). "
					+ "With `templateKey` (`standard`, or a key from GET /plan-templates) the plan starts with the "
					+ "template's introduction, checkpoints, global tasks and tasks, for the template's length from "
					+ "`startDate`; every task goes to the lead (the caller when `leadId` is left out) to reassign; "
					+ "`endDate` and `introduction` are then ignored — change them with PATCH.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewPlan.class),
					examples = {
					@ExampleObject(name = "empty", value = """
							{"title": "Сервисный план 2027",
							 "introduction": "Пациенты уходят после первого визита: план переводит диагностику в задачи.",
							 "startDate": "2027-01-01", "endDate": "2027-12-31",
							 "leadId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}"""),
					@ExampleObject(name = "fromTemplate", value = """
							{"title": "Сервисный план 2027", "startDate": "2027-01-01", "templateKey": "standard"}""") })))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new plan",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "draft", value = PLAN)))
	ResponseEntity<PlanJson> create(Member member, @Valid @RequestBody NewPlan request, Locale locale) {
		ServicePlan plan;
		if (request.templateKey() != null) {
			try {
				plan = servicePlans.createFromTemplate(member, request.templateKey(), request.title(),
						request.startDate(), request.leadId());
			}
			catch (BusinessRuleViolation e) {
				if ("template".equals(e.field())) {
					throw new BusinessRuleViolation("templateKey", e.messageKey(), e.arguments());
				}
				throw e;
			}
		}
		else {
			plan = servicePlans.create(member, request.title(), request.introduction(),
					new PlanPeriod(request.startDate(), request.endDate()), request.leadId(), request.authorIds());
		}
		var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(plan.id()).toUri();
		return ResponseEntity.created(location).body(answers.plan(member, servicePlans.plan(plan.id()), locale));
	}

	@GetMapping("/plans/{planId}")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getPlan", summary = "Read a plan",
			description = "The whole plan: its description, status, approval and closing, warnings (each with the "
					+ "field it concerns and a message in the request's language), and its checkpoints, global tasks "
					+ "and tasks in order. `ready` tells whether it may go for approval; GET /readiness says why not.")
	@ApiResponse(responseCode = "200", description = "The plan",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "draft", value = PLAN)))
	PlanJson get(Member member, @PathVariable UUID planId, Locale locale) {
		return answers.plan(member, servicePlans.plan(planId), locale);
	}

	@PatchMapping(path = "/plans/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "changePlan", summary = "Change a plan",
			description = "Title, introduction, period, lead and authors. Send `version` from your last read; "
					+ "fields left out keep their value. The new period must still hold every checkpoint and task "
					+ "(422 names the first one left out). A plan on approval or closed is not edited (409).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = PlanChange.class),
					examples = @ExampleObject(name = "extend", value = """
							{"endDate": "2028-03-31", "leadId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "version": 3}"""))))
	@ApiResponse(responseCode = "200", description = "The plan as saved",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "saved", value = PLAN)))
	PlanJson change(Member member, @PathVariable UUID planId, @Valid @RequestBody PlanChange change, Locale locale) {
		ServicePlan current = servicePlans.plan(planId);
		LocalDate start = Patch.merge(change.startDate(), current.period().start());
		LocalDate end = Patch.merge(change.endDate(), current.period().end());
		servicePlans.describe(planId, Patch.merge(change.title(), current.title()),
				Patch.merge(change.introduction(), current.introduction()), new PlanPeriod(start, end),
				Patch.merge(change.leadId(), current.leadId()), Patch.merge(change.authorIds(), current.authorIds()),
				change.version());
		return answers.plan(member, servicePlans.plan(planId), locale);
	}

	@DeleteMapping("/plans/{planId}")
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deletePlan", summary = "Delete a draft",
			description = "Only a DRAFT is deleted, with everything in it; a plan that was submitted or approved is "
					+ "a document of the company and stays (409).")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "The plan is not a draft",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "approved", value = WRONG_STATE)))
	void delete(@PathVariable UUID planId) {
		servicePlans.delete(planId);
	}

	@GetMapping("/plans/{planId}/readiness")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getPlanReadiness", summary = "Check a plan's readiness",
			description = "The nine parts of a service plan, all mandatory but the reward: for each whether it is "
					+ "there and, if not, what is missing (in the request's language). A plan goes for approval only "
					+ "when `ready`.")
	@ApiResponse(responseCode = "200", description = "The checklist",
			content = @Content(schema = @Schema(implementation = ReadinessJson.class),
					examples = @ExampleObject(name = "budgetMissing", value = """
							{"ready": false, "parts": [
							 {"part": "INTRODUCTION", "title": "Введение: зачем нужен план", "mandatory": true,
							  "present": true, "missing": []},
							 {"part": "BUDGET_WITH_SOURCE", "title": "Бюджет и источник финансирования",
							  "mandatory": true, "present": false,
							  "missing": ["У задачи «Открыть колл-центр» не указан бюджет (укажите 0, если затрат нет)."]},
							 {"part": "REWARD", "title": "Вознаграждение (по желанию)", "mandatory": false,
							  "present": false,
							  "missing": ["Вознаграждение не назначено ни за одну задачу — это решает руководство."]}]}""")))
	ReadinessJson readiness(@PathVariable UUID planId, Locale locale) {
		return answers.readiness(servicePlans.readiness(planId), locale);
	}

	@PostMapping("/plans/{planId}/submit")
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "submitPlan", summary = "Send a plan for approval",
			description = "A ready DRAFT goes ON_APPROVAL to the owner, and is not edited meanwhile. A plan with a "
					+ "mandatory part missing is refused with 422 naming every missing part in `errors` "
					+ "(`readiness.<PART>`) and `missingParts`; a plan that is not a draft with 409.")
	@ApiResponse(responseCode = "200", description = "The plan, ON_APPROVAL",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "onApproval", value = PLAN)))
	@ApiResponse(responseCode = "409", description = "The plan is not a draft",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	@ApiResponse(responseCode = "422", description = "A mandatory part is missing",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "notReady", value = NOT_READY)))
	PlanJson submit(Member member, @PathVariable UUID planId, Locale locale) {
		return answers.plan(member, servicePlans.submit(member, planId), locale);
	}

	@PostMapping("/plans/{planId}/approve")
	@Requires(Permission.APPROVE_PLANS)
	@Operation(operationId = "approvePlan", summary = "Approve a plan",
			description = "Owners only (403 for any other role). The plan must be ON_APPROVAL (409 otherwise); it "
					+ "becomes APPROVED, signed with `approvedBy` and `approvedAt`, and ACTIVE from its start date.")
	@ApiResponse(responseCode = "200", description = "The plan, APPROVED",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "approved", value = PLAN)))
	@ApiResponse(responseCode = "409", description = "The plan is not on approval",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	PlanJson approve(Member member, @PathVariable UUID planId, Locale locale) {
		return answers.plan(member, servicePlans.approve(member, planId), locale);
	}

	@PostMapping("/plans/{planId}/return-to-draft")
	@Requires(Permission.APPROVE_PLANS)
	@Operation(operationId = "returnPlanToDraft", summary = "Return a plan for rework",
			description = "Owners only. A plan ON_APPROVAL goes back to DRAFT to be reworked and submitted again.")
	@ApiResponse(responseCode = "200", description = "The plan, DRAFT again",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "draft", value = PLAN)))
	@ApiResponse(responseCode = "409", description = "The plan is not on approval",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	PlanJson returnToDraft(Member member, @PathVariable UUID planId, Locale locale) {
		return answers.plan(member, servicePlans.returnToDraft(planId), locale);
	}

	@PostMapping(path = "/plans/{planId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.REPORT_PROGRESS)
	@Operation(operationId = "closePlan", summary = "Close a plan",
			description = "The plan's lead or an owner (403 for anyone else) closes an approved or active plan with "
					+ "a summary of what it achieved; a closed plan is read-only. 409 for a plan not approved.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Closing.class),
					examples = @ExampleObject(name = "summary", value = """
							{"summary": "NPS вырос с 20 до 41; колл-центр перенесён на следующий год."}"""))))
	@ApiResponse(responseCode = "200", description = "The plan, CLOSED",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "closed", value = PLAN)))
	@ApiResponse(responseCode = "403", description = "Neither the plan's lead nor an owner",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "notLead", value = NOT_LEAD)))
	@ApiResponse(responseCode = "409", description = "The plan is not approved",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	PlanJson close(Member member, @PathVariable UUID planId, @RequestBody Closing closing, Locale locale) {
		return answers.plan(member, servicePlans.close(member, planId, closing.summary()), locale);
	}

	@PostMapping("/plans/{planId}/copy-to-next-year")
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "copyPlanToNextYear", summary = "Copy a closed plan into next year",
			description = "A new DRAFT a year later: the same introduction, checkpoints and global tasks, and the "
					+ "tasks left unfinished, carried over (`carriedOver`). Only a CLOSED plan is copied (409).")
	@ApiResponse(responseCode = "201", description = "Next year's draft",
			content = @Content(schema = @Schema(implementation = PlanJson.class),
					examples = @ExampleObject(name = "nextYear", value = PLAN)))
	@ApiResponse(responseCode = "409", description = "The plan is not closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	PlanJson copyToNextYear(Member member, @PathVariable UUID planId, Locale locale) {
		ServicePlan copy = servicePlans.copyToNextYear(member, planId);
		return answers.plan(member, servicePlans.plan(copy.id()), locale);
	}

	@PostMapping(path = "/plans/{planId}/save-as-template", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "savePlanAsTemplate", summary = "Save a plan as a template",
			description = "Keeps the plan's introduction, checkpoints, global tasks and tasks (without people and "
					+ "dates: days from the start) as a template of the company, to start later plans from.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TemplateName.class),
					examples = @ExampleObject(name = "clinic", value = """
							{"name": "План клиники на год"}"""))))
	@ApiResponse(responseCode = "201", description = "The template",
			content = @Content(schema = @Schema(implementation = TemplateJson.class),
					examples = @ExampleObject(name = "saved", value = """
							{"key": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "name": "План клиники на год",
							 "builtIn": false, "goals": 3, "tasks": 9, "checkpoints": 4}""")))
	TemplateJson saveAsTemplate(Member member, @PathVariable UUID planId, @RequestBody TemplateName request,
			Locale locale) {
		return answers.template(servicePlans.saveAsTemplate(member, planId, request.name()), locale);
	}

	@GetMapping("/plan-templates")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listPlanTemplates", summary = "List plan templates",
			description = "The built-in standard template (key `standard`: a year, quarterly checkpoints, the typical "
					+ "actions of a service plan) first, then the company's own by name. Pass `key` as "
					+ "`templateKey` to POST /plans.")
	@ApiResponse(responseCode = "200", description = "The templates",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = TemplateJson.class)),
					examples = @ExampleObject(name = "clinic", value = """
							[{"key": "standard",
							  "name": "Типовой сервисный план: год, контрольные точки раз в квартал, типовые задачи",
							  "builtIn": true, "goals": 3, "tasks": 9, "checkpoints": 4},
							 {"key": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "name": "План клиники на год",
							  "builtIn": false, "goals": 3, "tasks": 9, "checkpoints": 4}]""")))
	List<TemplateJson> templates(Locale locale) {
		return servicePlans.templates().stream().map(t -> answers.template(t, locale)).toList();
	}

	@Schema(description = "A new plan")
	record NewPlan(
			@Schema(example = "Сервисный план 2027", maxLength = 300, requiredMode = Schema.RequiredMode.REQUIRED)
			@NotBlank(message = "{validation.required}") String title,
			@Schema(description = "Why this plan: the case for it") String introduction,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{validation.required}")
			LocalDate startDate,
			@Schema(description = "At least six months after startDate; not needed with templateKey") LocalDate endDate,
			@Schema(description = "Who is responsible for carrying the plan out") UUID leadId,
			@Schema(description = "Further authors; the caller and the lead are authors anyway") Set<UUID> authorIds,
			@Schema(description = "Start from a template: `standard` or a key from GET /plan-templates",
					example = "standard") String templateKey) {
	}

	@Schema(description = "Changes to a plan: fields left out keep their value")
	record PlanChange(@Schema(implementation = String.class, maxLength = 300) Optional<String> title,
			@Schema(implementation = String.class) Optional<String> introduction,
			@Schema(implementation = LocalDate.class) Optional<LocalDate> startDate,
			@Schema(implementation = LocalDate.class) Optional<LocalDate> endDate,
			@Schema(implementation = UUID.class) Optional<UUID> leadId,
			@ArraySchema(schema = @Schema(implementation = UUID.class)) Optional<Set<UUID>> authorIds,
			@Schema(description = "The version of your last read", example = "3",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}

	@Schema(name = "PlanClosing", description = "What the plan achieved")
	record Closing(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String summary) {
	}

	@Schema(name = "PlanTemplateName", description = "A name for the template")
	record TemplateName(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
			example = "План клиники на год") String name) {
	}
}
