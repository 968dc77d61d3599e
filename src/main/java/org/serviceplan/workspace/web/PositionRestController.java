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
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
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

/** The company's job titles; standards and scripts will hang on them. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/positions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Positions", description = "Job titles in the company: administrator, doctor, call-centre operator")
class PositionRestController {

	private final OrgChart orgChart;

	PositionRestController(OrgChart orgChart) {
		this.orgChart = orgChart;
	}

	@GetMapping
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "listPositions", summary = "List positions", description = "The company's positions by name.")
	@ApiResponse(responseCode = "200", description = "The positions",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = PositionJson.class)),
					examples = @ExampleObject(name = "clinic", value = """
							[{"id": "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e", "name": "Администратор", "version": 0},
							 {"id": "d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2a", "name": "Врач-стоматолог", "version": 1}]""")))
	List<PositionJson> list() {
		return orgChart.positions().stream().map(PositionJson::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_POSITIONS)
	@Operation(operationId = "addPosition", summary = "Add a position",
			description = "Owners, executives and service heads. Names are unique in a company, ignoring case.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewPosition.class),
					examples = @ExampleObject(name = "administrator", value = """
							{"name": "Администратор"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new position",
			content = @Content(schema = @Schema(implementation = PositionJson.class),
					examples = @ExampleObject(name = "created", value = """
							{"id": "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e", "name": "Администратор", "version": 0}""")))
	ResponseEntity<PositionJson> add(@RequestBody NewPosition request) {
		JobPosition position = orgChart.addPosition(request.name());
		return Locations.created(position.id(), PositionJson.of(position));
	}

	@GetMapping("/{id}")
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "getPosition", summary = "Read a position", description = "One position. Any member may read the positions.")
	@ApiResponse(responseCode = "200", description = "The position",
			content = @Content(schema = @Schema(implementation = PositionJson.class),
					examples = @ExampleObject(name = "dentist", value = """
							{"id": "d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2a", "name": "Врач-стоматолог", "version": 1}""")))
	PositionJson get(@PathVariable UUID id) {
		return PositionJson.of(orgChart.position(id));
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_POSITIONS)
	@Operation(operationId = "changePosition", summary = "Rename a position", description = "Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = PositionChange.class),
					examples = @ExampleObject(name = "rename", value = """
							{"name": "Старший администратор", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The position as saved",
			content = @Content(schema = @Schema(implementation = PositionJson.class),
					examples = @ExampleObject(name = "saved", value = """
							{"id": "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e", "name": "Старший администратор", "version": 1}""")))
	PositionJson change(@PathVariable UUID id, @Valid @RequestBody PositionChange change) {
		JobPosition current = orgChart.position(id);
		return PositionJson.of(orgChart.renamePosition(id, Patch.merge(change.name(), current.name()),
				change.version()));
	}

	@DeleteMapping("/{id}")
	@Requires(Permission.MANAGE_POSITIONS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deletePosition", summary = "Delete a position",
			description = "A position people hold is refused with 422 and a `detail` saying so.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "422", description = "People hold this position",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "held", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "Нельзя удалить должность «Администратор»: она назначена сотрудникам.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/positions/b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e"}""")))
	void remove(@PathVariable UUID id) {
		orgChart.removePosition(id);
	}

	@Schema(description = "A position")
	record PositionJson(UUID id, @Schema(example = "Администратор") String name, long version) {

		static PositionJson of(JobPosition p) {
			return new PositionJson(p.id(), p.name(), p.version());
		}
	}

	@Schema(description = "A new position")
	record NewPosition(
			@Schema(example = "Администратор", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name) {
	}

	@Schema(description = "Changes to a position: fields left out keep their value")
	record PositionChange(
			@Schema(implementation = String.class, example = "Старший администратор", maxLength = 200)
			Optional<String> name,
			@Schema(description = "The version of your last read", example = "0",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}
}
