package org.serviceplan.workspace.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.internal.Staffing.Invited;
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

/** People of the company: inviting, editing, removing. Invited people join through their invitation code. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "People of the company, their roles, departments and positions")
class PersonRestController {

	static final String PERSON_EXAMPLE = """
			{"id": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c", "name": "Анна Смирнова",
			 "email": "a.smirnova@klinika-zdorovie.ru", "role": "EMPLOYEE", "status": "ACTIVE",
			 "departmentId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
			 "positionId": "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e", "position": "Администратор", "version": 1}""";
	static final String INVITED_EXAMPLE = """
			{"id": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c", "name": "Анна Смирнова",
			 "email": "a.smirnova@klinika-zdorovie.ru", "role": "EMPLOYEE", "status": "INVITED",
			 "departmentId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
			 "positionId": "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e", "position": "Администратор", "version": 0,
			 "invitationCode": "q8ZrT1vLm4KpX0sWd7NyE3bHa6JcU2fG",
			 "invitationUrl": "https://serviceplan.klinika-zdorovie.ru/invitations/q8ZrT1vLm4KpX0sWd7NyE3bHa6JcU2fG",
			 "invitationExpiresAt": "2026-03-09T09:15:00Z", "invitationMailed": false}""";

	private final Staffing staffing;
	private final OrgChart orgChart;

	PersonRestController(Staffing staffing, OrgChart orgChart) {
		this.staffing = staffing;
		this.orgChart = orgChart;
	}

	@GetMapping
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "listPeople", summary = "List people", description = "Everyone in the company by name, invited or active.")
	@ApiResponse(responseCode = "200", description = "The people",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = PersonJson.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + PERSON_EXAMPLE + """
							,
							 {"id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "name": "Игорь Петров",
							  "email": "i.petrov@klinika-zdorovie.ru", "role": "SERVICE_HEAD", "status": "INVITED",
							  "version": 0}]""")))
	List<PersonJson> list() {
		Map<UUID, String> positions = positionNames();
		return staffing.people().stream().map(p -> PersonJson.of(p, positions)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.INVITE_PEOPLE)
	@Operation(operationId = "invitePerson", summary = "Invite a person",
			description = "Owners and service heads (who may grant every role but owner and executive). Adds the "
					+ "person as INVITED and answers with their invitation: pass `invitationUrl` on (it is also "
					+ "e-mailed when the server has SMTP), or accept it with `POST /api/v1/invitations/{code}/accept`. "
					+ "The code is shown only here. `position` is a job title: a title the company does not have "
					+ "yet becomes a new position.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewPerson.class),
					examples = @ExampleObject(name = "administrator", value = """
							{"name": "Анна Смирнова", "email": "a.smirnova@klinika-zdorovie.ru", "role": "EMPLOYEE",
							 "departmentId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9", "position": "Администратор"}"""))))
	@ApiResponse(responseCode = "201", description = "Invited; Location names the new person",
			content = @Content(schema = @Schema(implementation = InvitedPersonJson.class),
					examples = @ExampleObject(name = "invited", value = INVITED_EXAMPLE)))
	ResponseEntity<InvitedPersonJson> invite(Member member, @RequestBody NewPerson request, Locale locale) {
		Invited invited = staffing.invite(member,
				new PersonDetails(request.name(), request.email(), request.role(), request.departmentId(), null),
				request.position(), locale);
		return Locations.created(invited.person().id(), InvitedPersonJson.of(invited, positionNames()));
	}

	@GetMapping("/{id}")
	@Requires(Permission.VIEW_ORGANIZATION)
	@Operation(operationId = "getPerson", summary = "Read a person",
			description = "One person with role, department and position. Any member may read the people.")
	@ApiResponse(responseCode = "200", description = "The person",
			content = @Content(schema = @Schema(implementation = PersonJson.class),
					examples = @ExampleObject(name = "administrator", value = PERSON_EXAMPLE)))
	PersonJson get(@PathVariable UUID id) {
		return PersonJson.of(staffing.person(id), positionNames());
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.MANAGE_PEOPLE)
	@Operation(operationId = "changePerson", summary = "Change a person",
			description = "Owners and service heads. Send `version` from your last read; fields left out keep "
					+ "their value, `departmentId: null` or `position: null` take them away. The email stays as "
					+ "invited. A company keeps at least one owner.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = PersonChange.class),
					examples = { @ExampleObject(name = "promote", value = """
							{"role": "SERVICE_HEAD", "position": "Старший администратор", "version": 1}"""),
							@ExampleObject(name = "moveOut", value = """
									{"departmentId": null, "version": 1}""") })))
	@ApiResponse(responseCode = "200", description = "The person as saved",
			content = @Content(schema = @Schema(implementation = PersonJson.class),
					examples = @ExampleObject(name = "saved", value = """
							{"id": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c", "name": "Анна Смирнова",
							 "email": "a.smirnova@klinika-zdorovie.ru", "role": "SERVICE_HEAD", "status": "ACTIVE",
							 "departmentId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
							 "positionId": "c8d9e0f1-a2b3-4c4d-8e5f-6a7b8c9d0e1f", "position": "Старший администратор",
							 "version": 2}""")))
	PersonJson change(Member member, @PathVariable UUID id, @Valid @RequestBody PersonChange change) {
		Person current = staffing.person(id);
		PersonDetails details = new PersonDetails(Patch.merge(change.name(), current.name()), current.email(),
				Patch.merge(change.role(), current.role()), Patch.merge(change.departmentId(), current.departmentId()),
				current.positionId());
		String title = change.position() == null ? null : change.position().orElse("");
		return PersonJson.of(staffing.update(member, id, details, title, change.version()), positionNames());
	}

	@DeleteMapping("/{id}")
	@Requires(Permission.MANAGE_PEOPLE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removePerson", summary = "Remove a person",
			description = "Owners and service heads. The person loses access to the company; their account stays. "
					+ "The last owner cannot be removed (422).")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "422", description = "The last owner, or a role the caller may not manage",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "lastOwner", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "«Ирина Волкова» — единственный владелец: у компании должен остаться хотя бы один владелец.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/people/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
							 "errors": [{"field": "role",
							   "message": "«Ирина Волкова» — единственный владелец: у компании должен остаться хотя бы один владелец."}]}""")))
	void remove(Member member, @PathVariable UUID id) {
		staffing.remove(member, id);
	}

	@PostMapping("/{id}/invitation")
	@Requires(Permission.INVITE_PEOPLE)
	@Operation(operationId = "reinvitePerson", summary = "Invite again",
			description = "A new invitation for someone who has not joined yet, for a lost or expired link. Older "
					+ "codes stop working. A person who already joined is refused with 422.")
	@ApiResponse(responseCode = "201", description = "The new invitation",
			content = @Content(schema = @Schema(implementation = InvitedPersonJson.class),
					examples = @ExampleObject(name = "invited", value = INVITED_EXAMPLE)))
	@ApiResponse(responseCode = "422", description = "The person has already joined",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "joined", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "«Анна Смирнова» уже присоединился к компании.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/people/f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c/invitation"}""")))
	@ResponseStatus(HttpStatus.CREATED)
	InvitedPersonJson reinvite(Member member, @PathVariable UUID id, Locale locale) {
		return InvitedPersonJson.of(staffing.reinvite(member, id, locale), positionNames());
	}

	private Map<UUID, String> positionNames() {
		return orgChart.positions().stream().collect(Collectors.toMap(JobPosition::id, JobPosition::name));
	}

	@Schema(description = "A person of the company")
	record PersonJson(UUID id, @Schema(example = "Анна Смирнова") String name,
			@Schema(example = "a.smirnova@klinika-zdorovie.ru") String email, Role role,
			@Schema(description = "INVITED until the person accepts the invitation") Person.Status status,
			UUID departmentId, UUID positionId,
			@Schema(description = "The position's name", example = "Администратор") String position, long version) {

		static PersonJson of(Person p, Map<UUID, String> positions) {
			return new PersonJson(p.id(), p.name(), p.email(), p.role(), p.status(), p.departmentId(), p.positionId(),
					p.positionId() == null ? null : positions.get(p.positionId()), p.version());
		}
	}

	@Schema(description = "A person just invited, with the invitation shown only in this answer")
	record InvitedPersonJson(UUID id, String name, String email, Role role, Person.Status status, UUID departmentId,
			UUID positionId, String position, long version,
			@Schema(description = "For POST /api/v1/invitations/{invitationCode}/accept") String invitationCode,
			@Schema(description = "The link to pass on: the person sets a password there") String invitationUrl,
			Instant invitationExpiresAt,
			@Schema(description = "Whether the invitation was e-mailed (the server has SMTP)") boolean invitationMailed) {

		static InvitedPersonJson of(Invited invited, Map<UUID, String> positions) {
			PersonJson p = PersonJson.of(invited.person(), positions);
			return new InvitedPersonJson(p.id(), p.name(), p.email(), p.role(), p.status(), p.departmentId(),
					p.positionId(), p.position(), p.version(), invited.code(), invited.url(), invited.expiresAt(),
					invited.mailed());
		}
	}

	@Schema(description = "A person to invite")
	record NewPerson(
			@Schema(example = "Анна Смирнова", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(example = "a.smirnova@klinika-zdorovie.ru", requiredMode = Schema.RequiredMode.REQUIRED)
			String email,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role,
			@Schema(description = "The department the person works in") UUID departmentId,
			@Schema(description = "Job title; a new title becomes a new position", example = "Администратор")
			String position) {
	}

	@Schema(description = "Changes to a person: fields left out keep their value")
	record PersonChange(
			@Schema(implementation = String.class, example = "Анна Смирнова", maxLength = 200) Optional<String> name,
			@Schema(implementation = Role.class) Optional<Role> role,
			@Schema(implementation = UUID.class, description = "null takes the person out of their department")
			Optional<UUID> departmentId,
			@Schema(implementation = String.class, description = "Job title; null takes the position away",
					example = "Старший администратор") Optional<String> position,
			@Schema(description = "The version of your last read", example = "1",
					requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "{validation.required}") Long version) {
	}
}
