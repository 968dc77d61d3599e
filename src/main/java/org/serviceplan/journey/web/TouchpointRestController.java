package org.serviceplan.journey.web;

import static org.serviceplan.journey.web.JourneyExamples.IDEA;
import static org.serviceplan.journey.web.JourneyExamples.PAIN;
import static org.serviceplan.journey.web.JourneyExamples.PROBLEM_422;
import static org.serviceplan.journey.web.JourneyExamples.TOUCHPOINT;

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
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.Idea;
import org.serviceplan.journey.internal.IdeaKind;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.PainSource;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.journey.web.JourneyJsons.IdeaJson;
import org.serviceplan.journey.web.JourneyJsons.PainJson;
import org.serviceplan.journey.web.JourneyJsons.TouchpointJson;
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
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

/** A journey's touchpoints (add, read, change, remove, move as a card on the board), their pains and ideas. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/journeys/{journeyId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journey maps")
class TouchpointRestController {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final Journeys journeys;

	TouchpointRestController(Journeys journeys) {
		this.journeys = journeys;
	}

	@PostMapping(path = "/touchpoints", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addTouchpoint", summary = "Add a touchpoint",
			description = "A touchpoint at the end of exactly one parent of this journey: `stageId`, `zoneId` or "
					+ "`elementId` (none or two → 422). `channel` is required; `expectation` and `quality` are 1–5; "
					+ "`icon` is one of door, eye, handshake, id-card, document, phone, chat, website, mail, coat, "
					+ "restroom, seat, clock, doctor, payment, pill, calendar, star, parking, other; the responsible "
					+ "person and the department must belong to the workspace.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewTouchpoint.class),
					examples = @ExampleObject(name = "greeting", value = """
							{"name": "Приветствие", "channel": "OFFLINE", "elementId": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
							 "icon": "handshake", "expectation": 4, "quality": 2,
							 "tangibleEvidence": "Бейдж с именем, чистая стойка"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the touchpoint",
			content = @Content(schema = @Schema(implementation = TouchpointJson.class),
					examples = @ExampleObject(name = "greeting", value = TOUCHPOINT)))
	@ApiResponse(responseCode = "422", description = "A rule is broken (no parent or two, score outside 1–5, unknown icon)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "twoParents", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "Точка касания находится ровно в одном месте: на этапе, в зоне или в элементе.",
							 "errors": [{"field": "stageId", "message": "Точка касания находится ровно в одном месте: на этапе, в зоне или в элементе."}],
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/journeys/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/touchpoints"}""")))
	ResponseEntity<TouchpointJson> addTouchpoint(@PathVariable UUID journeyId, @RequestBody NewTouchpoint request) {
		journeys.journey(journeyId);
		Touchpoint touchpoint = journeys.addTouchpoint(journeyId,
				new Parent(request.stageId(), request.zoneId(), request.elementId()), request.details());
		return Locations.created(touchpoint.id(), TouchpointJson.of(journeys.journey(journeyId), touchpoint));
	}

	@GetMapping("/touchpoints/{touchpointId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getTouchpoint", summary = "Read a touchpoint",
			description = "The touchpoint with its expectation gap, pains and ideas.")
	@ApiResponse(responseCode = "200", description = "The touchpoint",
			content = @Content(schema = @Schema(implementation = TouchpointJson.class),
					examples = @ExampleObject(name = "greeting", value = TOUCHPOINT)))
	TouchpointJson touchpoint(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		Journey journey = journeys.journey(journeyId);
		return TouchpointJson.of(journey, journey.touchpoint(touchpointId));
	}

	@PatchMapping(path = "/touchpoints/{touchpointId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "changeTouchpoint", summary = "Change a touchpoint",
			description = "Any of its fields; a field sent as null is cleared. Send `version` from your last read. "
					+ "To another parent or place: `.../move`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TouchpointChange.class),
					examples = @ExampleObject(name = "measured", value = """
							{"quality": 4, "notes": "После тренинга здороваются все", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The touchpoint as saved",
			content = @Content(schema = @Schema(implementation = TouchpointJson.class),
					examples = @ExampleObject(name = "greeting", value = TOUCHPOINT)))
	TouchpointJson changeTouchpoint(@PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestBody TouchpointChange change) {
		TouchpointDetails current = journeys.journey(journeyId).touchpoint(touchpointId).details();
		TouchpointDetails details = new TouchpointDetails(Patch.merge(change.name(), current.name()),
				Patch.merge(change.description(), current.description()), Patch.merge(change.channel(), current.channel()),
				Patch.merge(change.departmentId(), current.departmentId()),
				Patch.merge(change.responsibleId(), current.responsibleId()), Patch.merge(change.icon(), current.icon()),
				Patch.merge(change.expectation(), current.expectation()), Patch.merge(change.quality(), current.quality()),
				Patch.merge(change.tangibleEvidence(), current.tangibleEvidence()),
				Patch.merge(change.notes(), current.notes()));
		Touchpoint touchpoint = journeys.describeTouchpoint(journeyId, touchpointId, details,
				Versions.required(change.version()));
		return TouchpointJson.of(journeys.journey(journeyId), touchpoint);
	}

	@DeleteMapping("/touchpoints/{touchpointId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeTouchpoint", summary = "Remove a touchpoint",
			description = "The touchpoint with its pains and ideas; the cards after it move up.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeTouchpoint(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		journeys.removeTouchpoint(journeyId, touchpointId);
	}

	@PostMapping(path = "/touchpoints/{touchpointId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "moveTouchpoint", summary = "Move or reorder a touchpoint",
			description = "Into one parent — `stageId`, `zoneId` or `elementId`; none keeps the current one, to "
					+ "reorder — at `index` (0 is first; left out, last). Both parents are renumbered in one "
					+ "transaction; a stale `version` (or a concurrent move of the same cards) answers 409 and nothing moves.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TouchpointMove.class),
					examples = @ExampleObject(name = "toAnotherStage", value = """
							{"stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "index": 0, "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The touchpoint in its new place",
			content = @Content(schema = @Schema(implementation = TouchpointJson.class),
					examples = @ExampleObject(name = "greeting", value = TOUCHPOINT)))
	@ApiResponse(responseCode = "409", description = "Someone changed the touchpoint or its neighbours since your read",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "stale", value = """
							{"title": "Конфликт изменений", "status": 409,
							 "detail": "Запись уже изменил кто-то другой. Обновите страницу и повторите.",
							 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/journeys/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/touchpoints/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/move"}""")))
	TouchpointJson moveTouchpoint(@PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestBody TouchpointMove move) {
		Touchpoint current = journeys.journey(journeyId).touchpoint(touchpointId);
		boolean sameParent = move.stageId() == null && move.zoneId() == null && move.elementId() == null;
		Parent parent = sameParent ? current.parent() : new Parent(move.stageId(), move.zoneId(), move.elementId());
		Touchpoint touchpoint = journeys.moveTouchpoint(journeyId, touchpointId, parent, move.index(),
				Versions.required(move.version()));
		return TouchpointJson.of(journeys.journey(journeyId), touchpoint);
	}

	// --- pains

	@GetMapping("/touchpoints/{touchpointId}/pains")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "listPains", summary = "List a touchpoint's pains", description = "In the order they were noted.")
	@ApiResponse(responseCode = "200", description = "The pains",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = PainJson.class)),
					examples = @ExampleObject(name = "greeting", value = "[" + PAIN + "]")))
	List<PainJson> pains(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		Journey journey = journeys.journey(journeyId);
		journey.touchpoint(touchpointId);
		return journey.painsOf(touchpointId).stream().map(PainJson::of).toList();
	}

	@PostMapping(path = "/touchpoints/{touchpointId}/pains", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addPain", summary = "Add a pain",
			description = "A pain or barrier at the touchpoint: `severity` and `frequency` 1–5 (422 outside), "
					+ "`source` one of OBSERVATION, FEEDBACK, INTERVIEW, AUDIT, EMPLOYEE (optional); a new pain is OPEN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewPain.class),
					examples = @ExampleObject(name = "noEyeContact", value = """
							{"description": "Администратор не поднимает глаз от монитора", "severity": 4, "frequency": 3,
							 "source": "AUDIT"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the pain",
			content = @Content(schema = @Schema(implementation = PainJson.class),
					examples = @ExampleObject(name = "noEyeContact", value = PAIN)))
	@ApiResponse(responseCode = "422", description = "Severity or frequency outside 1–5, or no description",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "severity", value = PROBLEM_422)))
	ResponseEntity<PainJson> addPain(@PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestBody NewPain request) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		Pain pain = journeys.addPain(journeyId, touchpointId, new PainDetails(request.description(), request.severity(),
				request.frequency(), request.source(), request.status()));
		return Locations.created(pain.id(), PainJson.of(pain));
	}

	@GetMapping("/pains/{painId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getPain", summary = "Read a pain", description = "One pain of the journey.")
	@ApiResponse(responseCode = "200", description = "The pain",
			content = @Content(schema = @Schema(implementation = PainJson.class),
					examples = @ExampleObject(name = "noEyeContact", value = PAIN)))
	PainJson pain(@PathVariable UUID journeyId, @PathVariable UUID painId) {
		return PainJson.of(journeys.journey(journeyId).pain(painId));
	}

	@PatchMapping(path = "/pains/{painId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "changePain", summary = "Change a pain",
			description = "Any of its fields, e.g. `status: ADDRESSED` once dealt with. Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = PainChange.class),
					examples = @ExampleObject(name = "addressed", value = """
							{"status": "ADDRESSED", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The pain as saved",
			content = @Content(schema = @Schema(implementation = PainJson.class),
					examples = @ExampleObject(name = "noEyeContact", value = PAIN)))
	PainJson changePain(@PathVariable UUID journeyId, @PathVariable UUID painId, @RequestBody PainChange change) {
		Pain current = journeys.journey(journeyId).pain(painId);
		PainDetails details = new PainDetails(Patch.merge(change.description(), current.description()),
				Patch.merge(change.severity(), current.severity()), Patch.merge(change.frequency(), current.frequency()),
				Patch.merge(change.source(), current.source()), Patch.merge(change.status(), current.status()));
		return PainJson.of(journeys.describePain(journeyId, painId, details, Versions.required(change.version())));
	}

	@DeleteMapping("/pains/{painId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removePain", summary = "Remove a pain",
			description = "A pain noted by mistake; one dealt with is better marked ADDRESSED.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removePain(@PathVariable UUID journeyId, @PathVariable UUID painId) {
		journeys.removePain(journeyId, painId);
	}

	// --- ideas

	@GetMapping("/touchpoints/{touchpointId}/ideas")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "listJourneyIdeas", summary = "List a touchpoint's ideas",
			description = "What is wrong now and the ideal future, in the order they were given.")
	@ApiResponse(responseCode = "200", description = "The ideas",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = IdeaJson.class)),
					examples = @ExampleObject(name = "greeting", value = "[" + IDEA + "]")))
	List<IdeaJson> ideas(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		Journey journey = journeys.journey(journeyId);
		journey.touchpoint(touchpointId);
		return journey.ideasOf(touchpointId).stream().map(IdeaJson::of).toList();
	}

	@PostMapping(path = "/touchpoints/{touchpointId}/ideas", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addJourneyIdea", summary = "Add an idea",
			description = "`kind` WRONG_NOW (what is wrong now) or IDEAL_FUTURE (the ideal future) and its `text`; "
					+ "the caller is its author.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewIdea.class),
					examples = @ExampleObject(name = "ideal", value = """
							{"kind": "IDEAL_FUTURE", "text": "Администратор встаёт и здоровается по имени"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the idea",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "ideal", value = IDEA)))
	ResponseEntity<IdeaJson> addIdea(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestBody NewIdea request) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		Idea idea = journeys.addIdea(member, journeyId, touchpointId, request.kind(), request.text());
		return Locations.created(idea.id(), IdeaJson.of(idea));
	}

	@GetMapping("/ideas/{ideaId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getJourneyIdea", summary = "Read an idea", description = "One idea of the journey.")
	@ApiResponse(responseCode = "200", description = "The idea",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "ideal", value = IDEA)))
	IdeaJson idea(@PathVariable UUID journeyId, @PathVariable UUID ideaId) {
		return IdeaJson.of(journeys.journey(journeyId).idea(ideaId));
	}

	@PatchMapping(path = "/ideas/{ideaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "changeJourneyIdea", summary = "Change an idea",
			description = "Its kind or text. Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = IdeaChange.class),
					examples = @ExampleObject(name = "reworded", value = """
							{"text": "Администратор встаёт, улыбается и здоровается по имени", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The idea as saved",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "ideal", value = IDEA)))
	IdeaJson changeIdea(@PathVariable UUID journeyId, @PathVariable UUID ideaId, @RequestBody IdeaChange change) {
		Idea current = journeys.journey(journeyId).idea(ideaId);
		return IdeaJson.of(journeys.describeIdea(journeyId, ideaId, Patch.merge(change.kind(), current.kind()),
				Patch.merge(change.text(), current.text()), Versions.required(change.version())));
	}

	@DeleteMapping("/ideas/{ideaId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeJourneyIdea", summary = "Remove an idea", description = "The idea goes.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeIdea(@PathVariable UUID journeyId, @PathVariable UUID ideaId) {
		journeys.removeIdea(journeyId, ideaId);
	}

	@Schema(name = "NewTouchpoint", description = "A new touchpoint: exactly one of stageId, zoneId, elementId")
	record NewTouchpoint(@Schema(example = "Приветствие", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Channel channel, UUID stageId, UUID zoneId,
			UUID elementId, @Schema(maxLength = 4000) String description, UUID departmentId, UUID responsibleId,
			@Schema(example = "handshake") String icon, @Schema(minimum = "1", maximum = "5") Integer expectation,
			@Schema(minimum = "1", maximum = "5") Integer quality, @Schema(maxLength = 4000) String tangibleEvidence,
			@Schema(maxLength = 4000) String notes) {

		TouchpointDetails details() {
			return new TouchpointDetails(name, description, channel, departmentId, responsibleId, icon, expectation,
					quality, tangibleEvidence, notes);
		}
	}

	@Schema(name = "TouchpointChange", description = "Changes to a touchpoint: fields left out keep their value, null clears")
	record TouchpointChange(@Schema(implementation = String.class, maxLength = 200) Optional<String> name,
			@Schema(implementation = String.class) Optional<String> description,
			@Schema(implementation = Channel.class) Optional<Channel> channel,
			@Schema(implementation = UUID.class) Optional<UUID> departmentId,
			@Schema(implementation = UUID.class) Optional<UUID> responsibleId,
			@Schema(implementation = String.class) Optional<String> icon,
			@Schema(implementation = Integer.class, minimum = "1", maximum = "5") Optional<Integer> expectation,
			@Schema(implementation = Integer.class, minimum = "1", maximum = "5") Optional<Integer> quality,
			@Schema(implementation = String.class) Optional<String> tangibleEvidence,
			@Schema(implementation = String.class) Optional<String> notes,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "TouchpointMove", description = "Where the touchpoint goes: at most one parent; none keeps the current one")
	record TouchpointMove(UUID stageId, UUID zoneId, UUID elementId,
			@Schema(description = "0 is first; left out, last") Integer index,
			@Schema(description = "The touchpoint's version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "NewPain", description = "A new pain at a touchpoint")
	record NewPain(@Schema(example = "Долго ждать у стойки", maxLength = 4000, requiredMode = Schema.RequiredMode.REQUIRED) String description,
			@Schema(minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED) Integer severity,
			@Schema(minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED) Integer frequency,
			PainSource source, @Schema(description = "OPEN when left out") PainStatus status) {
	}

	@Schema(name = "PainChange", description = "Changes to a pain: fields left out keep their value")
	record PainChange(@Schema(implementation = String.class) Optional<String> description,
			@Schema(implementation = Integer.class, minimum = "1", maximum = "5") Optional<Integer> severity,
			@Schema(implementation = Integer.class, minimum = "1", maximum = "5") Optional<Integer> frequency,
			@Schema(implementation = PainSource.class) Optional<PainSource> source,
			@Schema(implementation = PainStatus.class) Optional<PainStatus> status,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "NewJourneyIdea", description = "A new idea under a touchpoint")
	record NewIdea(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IdeaKind kind,
			@Schema(maxLength = 4000, requiredMode = Schema.RequiredMode.REQUIRED) String text) {
	}

	@Schema(name = "JourneyIdeaChange", description = "Changes to an idea: fields left out keep their value")
	record IdeaChange(@Schema(implementation = IdeaKind.class) Optional<IdeaKind> kind,
			@Schema(implementation = String.class) Optional<String> text,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}
}
