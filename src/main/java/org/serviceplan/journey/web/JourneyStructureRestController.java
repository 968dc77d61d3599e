package org.serviceplan.journey.web;

import static org.serviceplan.journey.web.JourneyExamples.ELEMENT;
import static org.serviceplan.journey.web.JourneyExamples.STAGE;
import static org.serviceplan.journey.web.JourneyExamples.ZONE;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Zone;
import org.serviceplan.journey.web.JourneyJsons.ElementJson;
import org.serviceplan.journey.web.JourneyJsons.StageJson;
import org.serviceplan.journey.web.JourneyJsons.ZoneJson;
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
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

/**
 * A journey's stages, zones and elements: add, read, rename, remove, and move (reorder inside the parent or move
 * to another one, atomically, with the positions of both parents renumbered).
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/journeys/{journeyId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journey maps")
class JourneyStructureRestController {

	private final Journeys journeys;

	JourneyStructureRestController(Journeys journeys) {
		this.journeys = journeys;
	}

	// --- stages

	@PostMapping(path = "/stages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addStage", summary = "Add a stage", description = "A stage at the end of the journey.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewStage.class),
					examples = @ExampleObject(name = "during", value = """
							{"name": "Во время визита"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the stage",
			content = @Content(schema = @Schema(implementation = StageJson.class),
					examples = @ExampleObject(name = "during", value = STAGE)))
	ResponseEntity<StageJson> addStage(@PathVariable UUID journeyId, @RequestBody NewStage request) {
		Stage stage = journeys.addStage(journeyId, request.name());
		return Locations.created(stage.id(), StageJson.of(journeys.journey(journeyId), stage));
	}

	@GetMapping("/stages/{stageId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getStage", summary = "Read a stage",
			description = "The stage with its touchpoints, zones and elements in order.")
	@ApiResponse(responseCode = "200", description = "The stage",
			content = @Content(schema = @Schema(implementation = StageJson.class),
					examples = @ExampleObject(name = "during", value = STAGE)))
	StageJson stage(@PathVariable UUID journeyId, @PathVariable UUID stageId) {
		Journey journey = journeys.journey(journeyId);
		return StageJson.of(journey, journey.stage(stageId));
	}

	@PatchMapping(path = "/stages/{stageId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "renameStage", summary = "Rename a stage",
			description = "A new name. Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NameChange.class),
					examples = @ExampleObject(name = "rename", value = """
							{"name": "В клинике", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The stage as saved",
			content = @Content(schema = @Schema(implementation = StageJson.class),
					examples = @ExampleObject(name = "during", value = STAGE)))
	StageJson renameStage(@PathVariable UUID journeyId, @PathVariable UUID stageId, @RequestBody NameChange change) {
		Stage current = journeys.journey(journeyId).stage(stageId);
		Stage stage = journeys.renameStage(journeyId, stageId, Patch.merge(change.name(), current.name()),
				Versions.required(change.version()));
		return StageJson.of(journeys.journey(journeyId), stage);
	}

	@DeleteMapping("/stages/{stageId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeStage", summary = "Remove a stage",
			description = "The stage with everything on it (zones, elements, touchpoints, their pains and ideas); "
					+ "the stages after it move up.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeStage(@PathVariable UUID journeyId, @PathVariable UUID stageId) {
		journeys.removeStage(journeyId, stageId);
	}

	@PostMapping(path = "/stages/{stageId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "moveStage", summary = "Reorder a stage",
			description = "Puts the stage at `index` (0 is first; left out, last) and renumbers the others. "
					+ "Send `version` from your last read: a stale one answers 409 and nothing moves.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = StageMove.class),
					examples = @ExampleObject(name = "first", value = """
							{"index": 0, "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The stage in its new place",
			content = @Content(schema = @Schema(implementation = StageJson.class),
					examples = @ExampleObject(name = "during", value = STAGE)))
	StageJson moveStage(@PathVariable UUID journeyId, @PathVariable UUID stageId, @RequestBody StageMove move) {
		journeys.journey(journeyId).stage(stageId);
		Stage stage = journeys.moveStage(journeyId, stageId, move.index(), Versions.required(move.version()));
		return StageJson.of(journeys.journey(journeyId), stage);
	}

	// --- zones

	@PostMapping(path = "/zones", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addZone", summary = "Add a zone",
			description = "A zone at the end of a stage of this journey (`stageId`).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewZone.class),
					examples = @ExampleObject(name = "reception", value = """
							{"name": "Ресепшн", "stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the zone",
			content = @Content(schema = @Schema(implementation = ZoneJson.class),
					examples = @ExampleObject(name = "reception", value = ZONE)))
	ResponseEntity<ZoneJson> addZone(@PathVariable UUID journeyId, @RequestBody NewZone request) {
		Zone zone = journeys.addZone(journeyId, request.stageId(), request.name());
		return Locations.created(zone.id(), ZoneJson.of(journeys.journey(journeyId), zone));
	}

	@GetMapping("/zones/{zoneId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getZone", summary = "Read a zone",
			description = "The zone with its touchpoints and elements in order.")
	@ApiResponse(responseCode = "200", description = "The zone",
			content = @Content(schema = @Schema(implementation = ZoneJson.class),
					examples = @ExampleObject(name = "reception", value = ZONE)))
	ZoneJson zone(@PathVariable UUID journeyId, @PathVariable UUID zoneId) {
		Journey journey = journeys.journey(journeyId);
		return ZoneJson.of(journey, journey.zone(zoneId));
	}

	@PatchMapping(path = "/zones/{zoneId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "renameZone", summary = "Rename a zone",
			description = "A new name. Send `version` from your last read. To another stage: `.../move`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NameChange.class),
					examples = @ExampleObject(name = "rename", value = """
							{"name": "Зона ресепшн", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The zone as saved",
			content = @Content(schema = @Schema(implementation = ZoneJson.class),
					examples = @ExampleObject(name = "reception", value = ZONE)))
	ZoneJson renameZone(@PathVariable UUID journeyId, @PathVariable UUID zoneId, @RequestBody NameChange change) {
		Zone current = journeys.journey(journeyId).zone(zoneId);
		Zone zone = journeys.renameZone(journeyId, zoneId, Patch.merge(change.name(), current.name()),
				Versions.required(change.version()));
		return ZoneJson.of(journeys.journey(journeyId), zone);
	}

	@DeleteMapping("/zones/{zoneId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeZone", summary = "Remove a zone",
			description = "The zone with its elements and touchpoints (and their pains and ideas).")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeZone(@PathVariable UUID journeyId, @PathVariable UUID zoneId) {
		journeys.removeZone(journeyId, zoneId);
	}

	@PostMapping(path = "/zones/{zoneId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "moveZone", summary = "Move or reorder a zone",
			description = "Into `stageId` (left out: the same stage) at `index` (left out: last); its elements and "
					+ "touchpoints come with it. Both stages are renumbered in one transaction; a stale `version` "
					+ "answers 409 and nothing moves.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ZoneMove.class),
					examples = @ExampleObject(name = "toBefore", value = """
							{"stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "index": 0, "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The zone in its new place",
			content = @Content(schema = @Schema(implementation = ZoneJson.class),
					examples = @ExampleObject(name = "reception", value = ZONE)))
	ZoneJson moveZone(@PathVariable UUID journeyId, @PathVariable UUID zoneId, @RequestBody ZoneMove move) {
		journeys.journey(journeyId).zone(zoneId);
		Zone zone = journeys.moveZone(journeyId, zoneId, move.stageId(), move.index(), Versions.required(move.version()));
		return ZoneJson.of(journeys.journey(journeyId), zone);
	}

	// --- elements

	@PostMapping(path = "/elements", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "addElement", summary = "Add an element",
			description = "An element at the end of a zone of this journey (`zoneId`).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewElement.class),
					examples = @ExampleObject(name = "desk", value = """
							{"name": "Стойка", "zoneId": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the element",
			content = @Content(schema = @Schema(implementation = ElementJson.class),
					examples = @ExampleObject(name = "desk", value = ELEMENT)))
	ResponseEntity<ElementJson> addElement(@PathVariable UUID journeyId, @RequestBody NewElement request) {
		Element element = journeys.addElement(journeyId, request.zoneId(), request.name());
		return Locations.created(element.id(), ElementJson.of(journeys.journey(journeyId), element));
	}

	@GetMapping("/elements/{elementId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getElement", summary = "Read an element", description = "The element with its touchpoints.")
	@ApiResponse(responseCode = "200", description = "The element",
			content = @Content(schema = @Schema(implementation = ElementJson.class),
					examples = @ExampleObject(name = "desk", value = ELEMENT)))
	ElementJson element(@PathVariable UUID journeyId, @PathVariable UUID elementId) {
		Journey journey = journeys.journey(journeyId);
		return ElementJson.of(journey, journey.element(elementId));
	}

	@PatchMapping(path = "/elements/{elementId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "renameElement", summary = "Rename an element",
			description = "A new name. Send `version` from your last read. To another zone: `.../move`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NameChange.class),
					examples = @ExampleObject(name = "rename", value = """
							{"name": "Стойка администратора", "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The element as saved",
			content = @Content(schema = @Schema(implementation = ElementJson.class),
					examples = @ExampleObject(name = "desk", value = ELEMENT)))
	ElementJson renameElement(@PathVariable UUID journeyId, @PathVariable UUID elementId,
			@RequestBody NameChange change) {
		Element current = journeys.journey(journeyId).element(elementId);
		Element element = journeys.renameElement(journeyId, elementId, Patch.merge(change.name(), current.name()),
				Versions.required(change.version()));
		return ElementJson.of(journeys.journey(journeyId), element);
	}

	@DeleteMapping("/elements/{elementId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeElement", summary = "Remove an element",
			description = "The element with its touchpoints (and their pains and ideas).")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeElement(@PathVariable UUID journeyId, @PathVariable UUID elementId) {
		journeys.removeElement(journeyId, elementId);
	}

	@PostMapping(path = "/elements/{elementId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "moveElement", summary = "Move or reorder an element",
			description = "Into `zoneId` (left out: the same zone) at `index` (left out: last), touchpoints with it; "
					+ "both zones renumbered in one transaction; a stale `version` answers 409 and nothing moves.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ElementMove.class),
					examples = @ExampleObject(name = "first", value = """
							{"zoneId": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "index": 0, "version": 0}"""))))
	@ApiResponse(responseCode = "200", description = "The element in its new place",
			content = @Content(schema = @Schema(implementation = ElementJson.class),
					examples = @ExampleObject(name = "desk", value = ELEMENT)))
	ElementJson moveElement(@PathVariable UUID journeyId, @PathVariable UUID elementId, @RequestBody ElementMove move) {
		journeys.journey(journeyId).element(elementId);
		Element element = journeys.moveElement(journeyId, elementId, move.zoneId(), move.index(),
				Versions.required(move.version()));
		return ElementJson.of(journeys.journey(journeyId), element);
	}

	@Schema(name = "NewJourneyStage", description = "A new stage")
	record NewStage(@Schema(example = "Во время визита", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name) {
	}

	@Schema(name = "NewJourneyZone", description = "A new zone in a stage")
	record NewZone(@Schema(example = "Ресепшн", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID stageId) {
	}

	@Schema(name = "NewJourneyElement", description = "A new element in a zone")
	record NewElement(@Schema(example = "Стойка", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID zoneId) {
	}

	@Schema(name = "JourneyPartRename", description = "A new name: left out keeps the old one")
	record NameChange(@Schema(implementation = String.class, maxLength = 200) Optional<String> name,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "JourneyStageMove", description = "Where the stage goes")
	record StageMove(@Schema(description = "0 is first; left out, last") Integer index,
			@Schema(description = "The stage's version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "JourneyZoneMove", description = "Where the zone goes")
	record ZoneMove(@Schema(description = "The stage; left out, the same one") UUID stageId,
			@Schema(description = "0 is first; left out, last") Integer index,
			@Schema(description = "The zone's version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "JourneyElementMove", description = "Where the element goes")
	record ElementMove(@Schema(description = "The zone; left out, the same one") UUID zoneId,
			@Schema(description = "0 is first; left out, last") Integer index,
			@Schema(description = "The element's version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}
}
