package org.serviceplan.workspace.web;

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
import jakarta.validation.constraints.NotNull;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.Workspaces.WorkspaceSummary;
import org.serviceplan.workspace.internal.JpaWorkspaces;
import org.serviceplan.workspace.internal.Workspace;
import org.serviceplan.workspace.internal.WorkspaceDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Companies (workspaces) the caller belongs to. */
@RestController
@RequestMapping(path = "/api/v1/workspaces", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workspaces", description = "Companies: a user may belong to several and has a role in each")
class WorkspaceRestController {

	static final String WORKSPACE_EXAMPLE = """
			{"id": "6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f", "name": "Клиника «Здоровье»",
			 "industry": "Медицина", "timezone": "Europe/Moscow", "currency": "RUB", "role": "OWNER",
			 "version": 3}""";

	private final JpaWorkspaces workspaces;

	WorkspaceRestController(JpaWorkspaces workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping
	@Operation(operationId = "listWorkspaces", summary = "List my companies",
			description = "The companies the caller belongs to, by name, with the caller's role in each.")
	@ApiResponse(responseCode = "200", description = "The caller's companies",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = WorkspaceListItem.class)),
					examples = @ExampleObject(name = "companies", value = """
							[{"id": "6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f", "name": "Клиника «Здоровье»", "role": "OWNER"},
							 {"id": "2a7d9e4b-3c1f-4b8a-9e6d-5f4c3b2a1d0e", "name": "Автосалон «Восток»",
							  "role": "FACILITATOR"}]""")))
	List<WorkspaceListItem> list(@AuthenticationPrincipal CurrentUser user) {
		return workspaces.of(user.accountId()).stream().map(WorkspaceListItem::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createWorkspace", summary = "Create a company",
			description = "Creates a company; the caller becomes its owner. Time zone Europe/Moscow and currency "
					+ "RUB unless given.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewWorkspace.class),
					examples = @ExampleObject(name = "clinic", value = """
							{"name": "Клиника «Здоровье»", "industry": "Медицина", "timezone": "Europe/Moscow",
							 "currency": "RUB"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new company",
			content = @Content(schema = @Schema(implementation = WorkspaceJson.class),
					examples = @ExampleObject(name = "created", value = """
							{"id": "6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f", "name": "Клиника «Здоровье»",
							 "industry": "Медицина", "timezone": "Europe/Moscow", "currency": "RUB", "role": "OWNER",
							 "version": 0}""")))
	ResponseEntity<WorkspaceJson> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody NewWorkspace request) {
		Workspace created = workspaces.create(user.accountId(), request.details());
		return Locations.created(created.id(), WorkspaceJson.of(created, Role.OWNER));
	}

	@GetMapping("/{ws}")
	@Requires(Permission.VIEW_WORKSPACE)
	@Operation(operationId = "getWorkspace", summary = "Read a company", description = "The company's settings and the caller's role in it.")
	@ApiResponse(responseCode = "200", description = "The company",
			content = @Content(schema = @Schema(implementation = WorkspaceJson.class),
					examples = @ExampleObject(name = "clinic", value = WORKSPACE_EXAMPLE)))
	WorkspaceJson get(Member member) {
		return WorkspaceJson.of(workspaces.get(member.workspaceId()), member.role());
	}

	@PatchMapping(path = "/{ws}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_WORKSPACE)
	@Operation(operationId = "changeWorkspace", summary = "Change a company's settings",
			description = "Owners only. Send `version` from your last read; fields left out keep their value.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = WorkspaceChange.class),
					examples = @ExampleObject(name = "rename", value = """
							{"name": "Клиника «Здоровье» на Тверской", "timezone": "Europe/Samara", "version": 3}"""))))
	@ApiResponse(responseCode = "200", description = "The company as saved",
			content = @Content(schema = @Schema(implementation = WorkspaceJson.class),
					examples = @ExampleObject(name = "saved", value = """
							{"id": "6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f", "name": "Клиника «Здоровье» на Тверской",
							 "industry": "Медицина", "timezone": "Europe/Samara", "currency": "RUB", "role": "OWNER",
							 "version": 4}""")))
	WorkspaceJson change(Member member, @Valid @RequestBody WorkspaceChange change) {
		Workspace current = workspaces.get(member.workspaceId());
		Workspace saved = workspaces.describe(member.workspaceId(), change.applyTo(current.details()),
				change.version());
		return WorkspaceJson.of(saved, member.role());
	}

	@Schema(description = "A company in the caller's list")
	record WorkspaceListItem(UUID id, @Schema(example = "Клиника «Здоровье»") String name,
			@Schema(description = "The caller's role in this company") Role role) {

		static WorkspaceListItem of(WorkspaceSummary summary) {
			return new WorkspaceListItem(summary.id(), summary.name(), summary.role());
		}
	}

	@Schema(description = "A company")
	record WorkspaceJson(UUID id, @Schema(example = "Клиника «Здоровье»") String name,
			@Schema(example = "Медицина") String industry,
			@Schema(description = "IANA time zone", example = "Europe/Moscow") String timezone,
			@Schema(description = "ISO 4217", example = "RUB") String currency,
			@Schema(description = "The caller's role in this company") Role role, long version) {

		static WorkspaceJson of(Workspace w, Role role) {
			return new WorkspaceJson(w.id(), w.name(), w.industry(), w.timezone().getId(),
					w.currency().getCurrencyCode(), role, w.version());
		}
	}

	@Schema(description = "A new company")
	record NewWorkspace(
			@Schema(example = "Клиника «Здоровье»", maxLength = 200,
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(example = "Медицина", maxLength = 100) String industry,
			@Schema(description = "IANA time zone; Europe/Moscow if left out", example = "Europe/Moscow") String timezone,
			@Schema(description = "ISO 4217; RUB if left out", example = "RUB") String currency) {

		WorkspaceDetails details() {
			return new WorkspaceDetails(name, industry, WorkspaceDetails.zone("timezone", timezone),
					WorkspaceDetails.currency("currency", currency));
		}
	}

	@Schema(description = "Changes to a company: fields left out keep their value")
	record WorkspaceChange(@Schema(implementation = String.class, example = "Клиника «Здоровье» на Тверской",
			maxLength = 200) Optional<String> name,
			@Schema(implementation = String.class, example = "Медицина", maxLength = 100) Optional<String> industry,
			@Schema(implementation = String.class, example = "Europe/Samara") Optional<String> timezone,
			@Schema(implementation = String.class, example = "RUB") Optional<String> currency,
			@Schema(description = "The version of your last read", example = "3",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{validation.required}") Long version) {

		WorkspaceDetails applyTo(WorkspaceDetails current) {
			return new WorkspaceDetails(Patch.merge(name, current.name()), Patch.merge(industry, current.industry()),
					timezone == null ? current.timezone() : WorkspaceDetails.zone("timezone", timezone.orElse(null)),
					currency == null ? current.currency() : WorkspaceDetails.currency("currency", currency.orElse(null)));
		}
	}
}
