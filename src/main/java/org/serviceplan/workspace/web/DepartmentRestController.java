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
import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.DepartmentTree;
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

/** The company's departments, a tree: a department may sit inside another. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/departments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Departments", description = "The company's structure: departments inside departments")
class DepartmentRestController {

	static final String DEPARTMENT_EXAMPLE = """
			{"id": "c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "name": "Стоматология",
			 "parentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "path": "Медицинский блок / Стоматология",
			 "version": 2}""";

	private final OrgChart orgChart;

	DepartmentRestController(OrgChart orgChart) {
		this.orgChart = orgChart;
	}

	@GetMapping
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "listDepartments", summary = "List departments",
			description = "Every department of the company, parents before their children (the order of a tree "
					+ "view); `parentId` is left out for top-level departments.")
	@ApiResponse(responseCode = "200", description = "The departments",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = DepartmentJson.class)),
					examples = @ExampleObject(name = "clinic", value = """
							[{"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "name": "Медицинский блок",
							  "path": "Медицинский блок", "version": 0},
							 {"id": "c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "name": "Стоматология",
							  "parentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
							  "path": "Медицинский блок / Стоматология", "version": 2},
							 {"id": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9", "name": "Регистратура",
							  "path": "Регистратура", "version": 0}]""")))
	List<DepartmentJson> list() {
		DepartmentTree tree = orgChart.tree();
		return tree.nodes().stream().map(node -> DepartmentJson.of(node.department(), tree)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_DEPARTMENTS)
	@Operation(operationId = "addDepartment", summary = "Add a department",
			description = "Owners, executives and service heads. Give `parentId` to put it inside another department.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewDepartment.class),
					examples = @ExampleObject(name = "dentistry", value = """
							{"name": "Стоматология", "parentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new department",
			content = @Content(schema = @Schema(implementation = DepartmentJson.class),
					examples = @ExampleObject(name = "created", value = """
							{"id": "c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "name": "Стоматология",
							 "parentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
							 "path": "Медицинский блок / Стоматология", "version": 0}""")))
	ResponseEntity<DepartmentJson> add(@RequestBody NewDepartment request) {
		Department department = orgChart.addDepartment(request.name(), request.parentId());
		return Locations.created(department.id(), DepartmentJson.of(department, orgChart.tree()));
	}

	@GetMapping("/{id}")
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "getDepartment", summary = "Read a department",
			description = "One department with its path from the top level. Any member may read the structure.")
	@ApiResponse(responseCode = "200", description = "The department",
			content = @Content(schema = @Schema(implementation = DepartmentJson.class),
					examples = @ExampleObject(name = "dentistry", value = DEPARTMENT_EXAMPLE)))
	DepartmentJson get(@PathVariable UUID id) {
		return DepartmentJson.of(orgChart.department(id), orgChart.tree());
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_DEPARTMENTS)
	@Operation(operationId = "changeDepartment", summary = "Rename or move a department",
			description = "Send `version` from your last read. `parentId: null` moves the department to the top "
					+ "level; a department cannot move inside itself or its own sub-departments (422).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = DepartmentChange.class),
					examples = { @ExampleObject(name = "rename", value = """
							{"name": "Стоматологическое отделение", "version": 2}"""),
							@ExampleObject(name = "toTopLevel", value = """
									{"parentId": null, "version": 2}""") })))
	@ApiResponse(responseCode = "200", description = "The department as saved",
			content = @Content(schema = @Schema(implementation = DepartmentJson.class),
					examples = @ExampleObject(name = "saved", value = """
							{"id": "c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "name": "Стоматологическое отделение",
							 "parentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
							 "path": "Медицинский блок / Стоматологическое отделение", "version": 3}""")))
	DepartmentJson change(@PathVariable UUID id, @Valid @RequestBody DepartmentChange change) {
		Department current = orgChart.department(id);
		Department saved = orgChart.changeDepartment(id, Patch.merge(change.name(), current.name()),
				Patch.merge(change.parentId(), current.parentId()), change.version());
		return DepartmentJson.of(saved, orgChart.tree());
	}

	@DeleteMapping("/{id}")
	@Requires(Permission.MANAGE_DEPARTMENTS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteDepartment", summary = "Delete a department",
			description = "Only an empty department goes. One with sub-departments or people is refused with 422 "
					+ "and a `detail` saying what to move first; nothing is deleted then.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "422", description = "The department still has sub-departments or people",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "hasPeople", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "Нельзя удалить «Регистратура»: в нём есть сотрудники. Переведите их в другое подразделение.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/departments/e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"}""")))
	void remove(@PathVariable UUID id) {
		orgChart.removeDepartment(id);
	}

	@Schema(description = "A department")
	record DepartmentJson(UUID id, @Schema(example = "Стоматология") String name,
			@Schema(description = "The department it is part of; left out at the top level") UUID parentId,
			@Schema(description = "Names from the top level down", example = "Медицинский блок / Стоматология")
			String path, long version) {

		static DepartmentJson of(Department d, DepartmentTree tree) {
			return new DepartmentJson(d.id(), d.name(), d.parentId(), tree.path(d.id()), d.version());
		}
	}

	@Schema(description = "A new department")
	record NewDepartment(
			@Schema(example = "Стоматология", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "The department to put it in; top level if left out") UUID parentId) {
	}

	@Schema(description = "Changes to a department: fields left out keep their value")
	record DepartmentChange(
			@Schema(implementation = String.class, example = "Стоматологическое отделение", maxLength = 200)
			Optional<String> name,
			@Schema(implementation = UUID.class, description = "null moves the department to the top level")
			Optional<UUID> parentId,
			@Schema(description = "The version of your last read", example = "2",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}
}
