package org.serviceplan.feedback.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.feedback.internal.dashboard.TargetReadings;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.feedback.web.FeedbackJsons.TargetJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Targets such as "NPS ≥ 50 by 31.12", with their progress as the dashboard shows it. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/targets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback and metrics")
class TargetRestController {

	private static final String PROGRESS = """
			`progress` is the metric over the dashboard's window (90 days unless configured) ending today in the \
			workspace's timezone, or on `dueDate` once it has passed: `value`, `n`, `ci95`, and `status` — `REACHED` \
			(the value is on the wanted side now), `NOT_YET`, `MISSED` (the due date passed without that) or `NO_DATA`; \
			`certain` when the whole 95% interval is on the wanted side.""";

	private final Targets targets;
	private final TargetReadings readings;

	TargetRestController(Targets targets, TargetReadings readings) {
		this.targets = targets;
		this.readings = readings;
	}

	@GetMapping
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "listTargets", summary = "List metric targets",
			description = "Every target of the company, earliest due date first, each with its progress. " + PROGRESS)
	@ApiResponse(responseCode = "200", description = "The targets",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = TargetJson.class)),
					examples = @ExampleObject(name = "nps", value = "[" + FeedbackExamples.TARGET + "]")))
	List<TargetJson> list(Member member) {
		return readings.all(member.workspaceId()).stream().map(TargetJson::of).toList();
	}

	@GetMapping("/{targetId}")
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "getTarget", summary = "Read a metric target", description = "The target, its `version` "
			+ "for changing it, and its progress. " + PROGRESS)
	@ApiResponse(responseCode = "200", description = "The target",
			content = @Content(schema = @Schema(implementation = TargetJson.class),
					examples = @ExampleObject(name = "nps", value = FeedbackExamples.TARGET)))
	TargetJson get(Member member, @PathVariable UUID targetId) {
		return TargetJson.of(readings.one(member.workspaceId(), targetId));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_METRICS)
	@Operation(operationId = "createTarget", summary = "Set a metric target",
			description = """
					Owners, executives and service heads. `metric` `NPS`, `CSAT` or `CES`; `comparison` `AT_LEAST` or \
					`AT_MOST`; `value` on the metric's scale (NPS −100…100, CSAT percent 0…100, CES mean score 1…7 — \
					0…7 accepted); `dueDate`; optional `touchpointId` (a touchpoint of this workspace) and `segment` \
					(≤ 200 characters) to measure only their answers. A rule broken → 422 naming the field.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewTarget.class),
					examples = @ExampleObject(name = "nps", value = FeedbackExamples.NEW_TARGET))))
	@ApiResponse(responseCode = "201", description = "Set; Location names the new target",
			content = @Content(schema = @Schema(implementation = TargetJson.class),
					examples = @ExampleObject(name = "nps", value = FeedbackExamples.TARGET)))
	ResponseEntity<TargetJson> create(Member member, @RequestBody NewTarget request) {
		var target = targets.set(new TargetDetails(request.metric(), request.comparison(), request.value(),
				request.dueDate(), request.touchpointId(), request.segment()));
		var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(target.id())
			.toUri();
		return ResponseEntity.created(location).body(TargetJson.of(readings.one(member.workspaceId(), target.id())));
	}

	@PatchMapping(path = "/{targetId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_METRICS)
	@Operation(operationId = "changeTarget", summary = "Change a metric target",
			description = """
					Owners, executives and service heads. Fields left out keep their value; `touchpointId` or `segment` \
					sent as null measure the whole company again. The version of your last read goes in `version` or in \
					`If-Match` (one is required); a stale one → 409 and nothing is changed. The same rules as on \
					creation (422 naming the field).""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TargetChange.class),
					examples = @ExampleObject(name = "later", value = """
							{"value": 45, "dueDate": "2027-03-31", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The target as saved",
			content = @Content(schema = @Schema(implementation = TargetJson.class),
					examples = @ExampleObject(name = "nps", value = FeedbackExamples.TARGET)))
	TargetJson change(Member member, @PathVariable UUID targetId, @RequestBody TargetChange change,
			@Parameter(description = "the version of your last read, e.g. `\"3\"`, instead of `version` in the body")
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TargetDetails current = targets.target(targetId).details();
		Long version = change.version() != null ? change.version() : version(ifMatch);
		if (version == null) {
			throw new BusinessRuleViolation("version", "validation.required");
		}
		targets.change(targetId, new TargetDetails(Patch.merge(change.metric(), current.metric()),
				Patch.merge(change.comparison(), current.comparison()), Patch.merge(change.value(), current.value()),
				Patch.merge(change.dueDate(), current.dueDate()),
				Patch.merge(change.touchpointId(), current.touchpointId()),
				Patch.merge(change.segment(), current.segment())), version);
		return TargetJson.of(readings.one(member.workspaceId(), targetId));
	}

	@DeleteMapping("/{targetId}")
	@Requires(Permission.MANAGE_METRICS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteTarget", summary = "Remove a metric target",
			description = "Owners, executives and service heads. Plan tasks that took the target as their expected "
					+ "result keep their own wording of it.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void delete(@PathVariable UUID targetId) {
		targets.remove(targetId);
	}

	/** An entity tag as sent: {@code "3"}, {@code W/"3"} or a bare {@code 3}. */
	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String tag = ifMatch.strip();
		tag = tag.startsWith("W/") ? tag.substring(2) : tag;
		tag = tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
		try {
			return Long.valueOf(tag);
		}
		catch (NumberFormatException e) {
			throw new BusinessRuleViolation("If-Match", "validation.invalid");
		}
	}

	record NewTarget(
			@Schema(example = "NPS", allowableValues = { "NPS", "CSAT", "CES" },
					requiredMode = Schema.RequiredMode.REQUIRED) String metric,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Comparison comparison,
			@Schema(example = "50", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate,
			@Schema(description = "Only answers at this touchpoint") UUID touchpointId,
			@Schema(description = "Only answers of this segment", maxLength = 200) String segment) {
	}

	record TargetChange(@Schema(implementation = String.class) Optional<String> metric,
			@Schema(implementation = Comparison.class) Optional<Comparison> comparison,
			@Schema(implementation = BigDecimal.class) Optional<BigDecimal> value,
			@Schema(implementation = LocalDate.class) Optional<LocalDate> dueDate,
			@Schema(implementation = UUID.class) Optional<UUID> touchpointId,
			@Schema(implementation = String.class, maxLength = 200) Optional<String> segment,
			@Schema(description = "The version of your last read; or send it in If-Match", example = "0") Long version) {
	}
}
