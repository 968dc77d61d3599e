package org.serviceplan.journey.web;

import static org.serviceplan.journey.web.JourneyExamples.JOURNEY;
import static org.serviceplan.journey.web.JourneyExamples.SUMMARY;

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
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.web.JourneyJsons.JourneyJson;
import org.serviceplan.journey.web.JourneyJsons.JourneySummaryJson;
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

/** Journeys: the list, one journey as its whole map, and its to-be copy. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/journeys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journey maps", description = "Customer journeys with stages, zones, elements, touchpoints, pains and ideas")
class JourneyRestController {

	/** A journey created without a duration is taken to last a month, the common case of a service visit. */
	static final int DEFAULT_DURATION_DAYS = 30;

	private final Journeys journeys;

	JourneyRestController(Journeys journeys) {
		this.journeys = journeys;
	}

	@GetMapping
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "listJourneys", summary = "List journeys",
			description = "The workspace's journeys by title, each with its number of stages, touchpoints and open pains.")
	@ApiResponse(responseCode = "200", description = "The journeys",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = JourneySummaryJson.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + SUMMARY + "]")))
	List<JourneySummaryJson> list() {
		return journeys.all().stream().map(JourneySummaryJson::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "createJourney", summary = "Create a journey",
			description = "An empty as-is journey. `expectedDurationDays` runs from 7 (a week) to 730 (two years); "
					+ "left out, the journey is taken to last 30 days.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewJourney.class),
					examples = @ExampleObject(name = "visit", value = """
							{"title": "Визит пациента", "segment": "Новые пациенты",
							 "description": "Путь пациента от записи до повторного визита", "expectedDurationDays": 14}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the journey",
			content = @Content(schema = @Schema(implementation = JourneyJson.class),
					examples = @ExampleObject(name = "visit", value = JOURNEY)))
	@ApiResponse(responseCode = "422", description = "A rule is broken (title missing, duration out of range)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "tooShort", value = JourneyExamples.PROBLEM_422)))
	ResponseEntity<JourneyJson> create(@RequestBody NewJourney request) {
		Journey journey = journeys.create(request.title(), request.description(), request.segment(),
				ExpectedDuration.ofDays(request.expectedDurationDays() == null ? DEFAULT_DURATION_DAYS
						: request.expectedDurationDays()));
		return Locations.created(journey.id(), JourneyJson.of(journey));
	}

	@GetMapping("/{journeyId}")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getJourney", summary = "Read a journey",
			description = "The journey with its stages in order; in each stage its own touchpoints, then its zones; "
					+ "in each zone its touchpoints, then its elements with theirs. Touchpoints carry their pains and ideas.")
	@ApiResponse(responseCode = "200", description = "The journey",
			content = @Content(schema = @Schema(implementation = JourneyJson.class),
					examples = @ExampleObject(name = "visit", value = JOURNEY)))
	JourneyJson journey(@PathVariable UUID journeyId) {
		return JourneyJson.of(journeys.journey(journeyId));
	}

	@PatchMapping(path = "/{journeyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "changeJourney", summary = "Change a journey",
			description = "Title, description, segment or expected duration. Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = JourneyChange.class),
					examples = @ExampleObject(name = "longer", value = """
							{"expectedDurationDays": 60, "version": 2}"""))))
	@ApiResponse(responseCode = "200", description = "The journey as saved",
			content = @Content(schema = @Schema(implementation = JourneyJson.class),
					examples = @ExampleObject(name = "visit", value = JOURNEY)))
	JourneyJson change(@PathVariable UUID journeyId, @RequestBody JourneyChange change) {
		Journey current = journeys.journey(journeyId);
		Integer days = Patch.merge(change.expectedDurationDays(), current.expectedDuration().days());
		return JourneyJson.of(journeys.describe(journeyId, Patch.merge(change.title(), current.title()),
				Patch.merge(change.description(), current.description()),
				Patch.merge(change.segment(), current.segment()), ExpectedDuration.ofDays(days),
				Versions.required(change.version())));
	}

	@DeleteMapping("/{journeyId}")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeJourney", summary = "Remove a journey",
			description = "The journey with everything on it. A to-be journey made from it stays, no longer linked.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void remove(@PathVariable UUID journeyId) {
		journeys.remove(journeyId);
	}

	@PostMapping("/{journeyId}/duplicate-as-to-be")
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "duplicateJourneyAsToBe", summary = "Duplicate as the to-be journey",
			description = "A new TO_BE journey, a deep copy of this as-is one (stages, zones, elements, touchpoints, "
					+ "pains, ideas), with `toBeOf` naming it. The body is optional: `title` of the copy, by default "
					+ "the title with \" (to-be)\". A to-be journey cannot be duplicated again (422).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
					schema = @Schema(implementation = ToBeCopy.class),
					examples = @ExampleObject(name = "toBe", value = """
							{"title": "Визит пациента — как должно быть"}"""))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the to-be journey",
			content = @Content(schema = @Schema(implementation = JourneyJson.class),
					examples = @ExampleObject(name = "toBe", value = JOURNEY)))
	@ApiResponse(responseCode = "422", description = "The journey is already a to-be journey",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "alreadyToBe", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "Это уже путь «как должно быть»: копируйте исходный путь «как есть».",
							 "errors": [], "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/journeys/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/duplicate-as-to-be"}""")))
	ResponseEntity<JourneyJson> duplicateAsToBe(@PathVariable UUID journeyId,
			@RequestBody(required = false) ToBeCopy request) {
		Journey toBe = journeys.duplicateAsToBe(journeyId, request == null ? null : request.title());
		return Locations.created(toBe.id(), JourneyJson.of(toBe));
	}

	@Schema(name = "NewJourney", description = "A new journey")
	record NewJourney(@Schema(example = "Визит пациента", maxLength = 300, requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(example = "Новые пациенты", maxLength = 300) String segment,
			@Schema(maxLength = 4000) String description,
			@Schema(description = "7 (a week) to 730 (two years); 30 when left out", example = "14") Integer expectedDurationDays) {
	}

	@Schema(name = "JourneyChange", description = "Changes to a journey: fields left out keep their value")
	record JourneyChange(@Schema(implementation = String.class, maxLength = 300) Optional<String> title,
			@Schema(implementation = String.class, maxLength = 4000) Optional<String> description,
			@Schema(implementation = String.class, maxLength = 300) Optional<String> segment,
			@Schema(implementation = Integer.class, minimum = "7", maximum = "730") Optional<Integer> expectedDurationDays,
			@Schema(description = "The version of your last read", requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
	}

	@Schema(name = "JourneyToBeCopy", description = "How to call the to-be copy")
	record ToBeCopy(@Schema(maxLength = 300) String title) {
	}
}
