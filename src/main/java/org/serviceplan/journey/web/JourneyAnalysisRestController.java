package org.serviceplan.journey.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.journey.BarrierMatrix;
import org.serviceplan.journey.Idef0Diagram;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.PainFilter;
import org.serviceplan.journey.PainPoint;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Journeys.StoredIdef0;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the journey map is analysed with: the barrier matrix of its pains, and the IDEF0 model of a touchpoint's
 * or an element's business process (stored, read back, drawn as SVG or PNG).
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/journeys/{journeyId}")
@Tag(name = "Journey maps")
class JourneyAnalysisRestController {

	static final String IDEF0 = """
			{"function": {"code": "", "name": "Встретить пациента на ресепшн",
			 "inputs": ["Пациент пришёл"], "controls": ["Стандарт приветствия", "Расписание врачей"],
			 "outputs": ["Пациент зарегистрирован"], "mechanisms": ["Администратор", "МИС клиники"],
			 "children": [
			  {"code": "", "name": "Поприветствовать", "inputs": ["Пациент пришёл"], "controls": ["Стандарт приветствия"],
			   "outputs": ["Контакт установлен"], "mechanisms": ["Администратор"], "children": []},
			  {"code": "", "name": "Идентифицировать пациента", "inputs": ["Контакт установлен"], "controls": ["Расписание врачей"],
			   "outputs": ["Пациент зарегистрирован"], "mechanisms": ["Администратор", "МИС клиники"], "children": []}]},
			 "version": 0}""";

	static final String MATRIX = """
			{"total": 2, "cells": [
			  {"severity": 4, "frequency": 3, "count": 1, "level": "high", "pains": [
			    {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "description": "Администратор не поднимает глаз от монитора",
			     "severity": 4, "frequency": 3, "score": 12, "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			     "touchpointName": "Приветствие", "stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
			     "zoneId": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "departmentId": null, "open": true}]},
			  {"severity": 1, "frequency": 1, "count": 0, "level": "low", "pains": []}],
			 "ranked": [
			    {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "description": "Администратор не поднимает глаз от монитора",
			     "severity": 4, "frequency": 3, "score": 12, "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			     "touchpointName": "Приветствие", "stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
			     "zoneId": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "departmentId": null, "open": true}]}""";

	private static final String PROBLEM = "#/components/schemas/Problem";
	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final Journeys journeys;

	JourneyAnalysisRestController(Journeys journeys) {
		this.journeys = journeys;
	}

	@GetMapping(path = "/barrier-matrix", produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getBarrierMatrix", summary = "The barrier matrix",
			description = "The journey's pains on the severity × frequency grid: all 25 cells (severity 5 first, "
					+ "frequency 1 to 5), each with its count, level (low 1–4, medium 5–9, high 10–15, critical 16–25 by "
					+ "severity × frequency) and pains worst first; `ranked` lists every shown pain by severity × "
					+ "frequency. Filters: `stageId`, `zoneId`, `departmentId` (of the touchpoint), `openOnly`.")
	@ApiResponse(responseCode = "200", description = "The matrix",
			content = @Content(schema = @Schema(implementation = MatrixJson.class),
					examples = @ExampleObject(name = "clinic", value = MATRIX)))
	MatrixJson barrierMatrix(@PathVariable UUID journeyId,
			@Parameter(description = "Only pains of touchpoints in this stage") @RequestParam(required = false) UUID stageId,
			@Parameter(description = "Only pains of touchpoints in this zone") @RequestParam(required = false) UUID zoneId,
			@Parameter(description = "Only pains of touchpoints owned by this department")
			@RequestParam(required = false) UUID departmentId,
			@Parameter(description = "Hide pains already addressed") @RequestParam(defaultValue = "false") boolean openOnly) {
		return MatrixJson.of(journeys.barrierMatrix(journeyId, new PainFilter(stageId, zoneId, departmentId, openOnly)));
	}

	// --- IDEF0 of a touchpoint

	@GetMapping(path = "/touchpoints/{touchpointId}/idef0", produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getTouchpointProcessModel", summary = "Read a touchpoint's IDEF0 model",
			description = "The business process behind the touchpoint as an IDEF0 function (A0) with inputs, controls, "
					+ "outputs, mechanisms and child functions A1..An. 404 until one is stored.")
	@ApiResponse(responseCode = "200", description = "The model",
			content = @Content(schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0)))
	Idef0Json touchpointIdef0(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		return read(journeyId, touchpointId);
	}

	@PutMapping(path = "/touchpoints/{touchpointId}/idef0", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "putTouchpointProcessModel", summary = "Store a touchpoint's IDEF0 model",
			description = "Creates or replaces the model. Rules (422, the field is the path in the tree such as "
					+ "`function.children[1].inputs[0]`): every function is named (≤ 200), lists ≤ 12 lines of ≤ 200, "
					+ "no blank line, 3–6 children at most 6 per diagram, at most 4 levels. Replacing needs `version` "
					+ "from your last read (stale → 409).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0))))
	@ApiResponse(responseCode = "200", description = "The model as stored",
			content = @Content(schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0)))
	@ApiResponse(responseCode = "409", description = "Someone stored another version since your read",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "422", description = "An IDEF0 rule is broken",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "blank", value = """
							{"title": "Ошибка проверки данных", "status": 422,
							 "detail": "Пустая строка в списке: заполните её или удалите",
							 "errors": [{"field": "function.inputs[0]", "message": "Пустая строка в списке: заполните её или удалите"}]}""")))
	Idef0Json putTouchpointIdef0(@PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestBody Idef0Json body) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		return Idef0Json.of(journeys.storeIdef0(journeyId, touchpointId, body.function(), body.version()));
	}

	@DeleteMapping("/touchpoints/{touchpointId}/idef0")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeTouchpointProcessModel", summary = "Remove a touchpoint's IDEF0 model",
			description = "The model goes; the touchpoint stays.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeTouchpointIdef0(@PathVariable UUID journeyId, @PathVariable UUID touchpointId) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		journeys.removeIdef0(journeyId, touchpointId);
	}

	@GetMapping("/touchpoints/{touchpointId}/idef0/diagram")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "drawTouchpointProcessModel", summary = "Draw a touchpoint's IDEF0 diagram",
			description = "The diagram of node `node` (A0 by default; A1, A12… for a child) as SVG or PNG "
					+ "(`format`): inputs left, controls top, outputs right, mechanisms bottom, node numbers; a "
					+ "decomposed function is drawn as its children. Texts in the request's language.")
	@ApiResponse(responseCode = "200", description = "The diagram",
			content = { @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "svg", value = "<svg xmlns=\"http://www.w3.org/2000/svg\" …>")),
					@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "png", value = "\u0089PNG … (an image)")) })
	ResponseEntity<byte[]> drawTouchpointIdef0(@PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@Parameter(description = "`svg` (the default) or `png`", examples = { @ExampleObject(name = "svg", value = "svg"),
					@ExampleObject(name = "png", value = "png") }) @RequestParam(defaultValue = "svg") String format,
			@Parameter(description = "The node to draw", example = "A0") @RequestParam(defaultValue = Idef0Function.TOP) String node,
			Locale locale) {
		journeys.journey(journeyId).touchpoint(touchpointId);
		return draw(journeyId, touchpointId, format, node, locale);
	}

	// --- IDEF0 of an element

	@GetMapping(path = "/elements/{elementId}/idef0", produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "getElementProcessModel", summary = "Read an element's IDEF0 model",
			description = "The business process of an element (the desk, the wardrobe…) as an IDEF0 function. "
					+ "404 until one is stored.")
	@ApiResponse(responseCode = "200", description = "The model",
			content = @Content(schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0)))
	Idef0Json elementIdef0(@PathVariable UUID journeyId, @PathVariable UUID elementId) {
		journeys.journey(journeyId).element(elementId);
		return read(journeyId, elementId);
	}

	@PutMapping(path = "/elements/{elementId}/idef0", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_JOURNEYS)
	@Operation(operationId = "putElementProcessModel", summary = "Store an element's IDEF0 model",
			description = "Creates or replaces the model, by the same rules as a touchpoint's. Replacing needs "
					+ "`version` from your last read (stale → 409).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0))))
	@ApiResponse(responseCode = "200", description = "The model as stored",
			content = @Content(schema = @Schema(implementation = Idef0Json.class),
					examples = @ExampleObject(name = "reception", value = IDEF0)))
	@ApiResponse(responseCode = "409", description = "Someone stored another version since your read",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	Idef0Json putElementIdef0(@PathVariable UUID journeyId, @PathVariable UUID elementId, @RequestBody Idef0Json body) {
		journeys.journey(journeyId).element(elementId);
		return Idef0Json.of(journeys.storeIdef0(journeyId, elementId, body.function(), body.version()));
	}

	@DeleteMapping("/elements/{elementId}/idef0")
	@Requires(Permission.EDIT_JOURNEYS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeElementProcessModel", summary = "Remove an element's IDEF0 model",
			description = "The model goes; the element stays.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeElementIdef0(@PathVariable UUID journeyId, @PathVariable UUID elementId) {
		journeys.journey(journeyId).element(elementId);
		journeys.removeIdef0(journeyId, elementId);
	}

	@GetMapping("/elements/{elementId}/idef0/diagram")
	@Requires(Permission.VIEW_JOURNEYS)
	@Operation(operationId = "drawElementProcessModel", summary = "Draw an element's IDEF0 diagram",
			description = "The diagram of node `node` (A0 by default) as SVG or PNG (`format`).")
	@ApiResponse(responseCode = "200", description = "The diagram",
			content = { @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "svg", value = "<svg xmlns=\"http://www.w3.org/2000/svg\" …>")),
					@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "png", value = "\u0089PNG … (an image)")) })
	ResponseEntity<byte[]> drawElementIdef0(@PathVariable UUID journeyId, @PathVariable UUID elementId,
			@Parameter(description = "`svg` (the default) or `png`", examples = { @ExampleObject(name = "svg", value = "svg"),
					@ExampleObject(name = "png", value = "png") }) @RequestParam(defaultValue = "svg") String format,
			@Parameter(description = "The node to draw", example = "A0") @RequestParam(defaultValue = Idef0Function.TOP) String node,
			Locale locale) {
		journeys.journey(journeyId).element(elementId);
		return draw(journeyId, elementId, format, node, locale);
	}

	private Idef0Json read(UUID journeyId, UUID ownerId) {
		return journeys.idef0(journeyId, ownerId).map(Idef0Json::of)
			.orElseThrow(() -> new RecordNotFound("idef0", ownerId));
	}

	private ResponseEntity<byte[]> draw(UUID journeyId, UUID ownerId, String format, String node, Locale locale) {
		Idef0Function top = journeys.idef0(journeyId, ownerId).orElseThrow(() -> new RecordNotFound("idef0", ownerId))
			.function();
		Idef0Function function = top.find(node).orElseThrow(() -> new BusinessRuleViolation("node", "journey.idef0.unknownNode"));
		return switch (format) {
			case "svg" -> ResponseEntity.ok().contentType(SVG)
				.body(Idef0Diagram.svg(function, node, locale).getBytes(StandardCharsets.UTF_8));
			case "png" -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(Idef0Diagram.png(function, node, locale));
			default -> throw new BusinessRuleViolation("format", "journey.idef0.unknownFormat");
		};
	}

	@Schema(name = "Idef0Model", description = "An IDEF0 model: the A0 function tree and the version (send it back to replace)")
	record Idef0Json(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Idef0Function function,
			@Schema(description = "The version of your last read; left out to create the first model") Long version) {

		static Idef0Json of(StoredIdef0 stored) {
			return new Idef0Json(stored.function(), stored.version());
		}
	}

	@Schema(name = "BarrierMatrix", description = "Pains by severity × frequency: every cell, and all pains ranked")
	record MatrixJson(int total, List<CellJson> cells, List<PainPointJson> ranked) {

		static MatrixJson of(BarrierMatrix matrix) {
			List<CellJson> cells = matrix.rows().stream().flatMap(List::stream)
				.map(c -> new CellJson(c.severity(), c.frequency(), c.count(), c.cssLevel(),
						c.pains().stream().map(PainPointJson::of).toList()))
				.toList();
			return new MatrixJson(matrix.total(), cells, matrix.ranked().stream().map(PainPointJson::of).toList());
		}
	}

	@Schema(name = "BarrierMatrixCell", description = "One cell: its pains, worst first")
	record CellJson(int severity, int frequency, int count,
			@Schema(description = "low, medium, high or critical by severity × frequency") String level,
			List<PainPointJson> pains) {
	}

	@Schema(name = "BarrierMatrixPain", description = "A pain where it sits on the map")
	record PainPointJson(UUID id, String description, int severity, int frequency, int score, UUID touchpointId,
			String touchpointName, UUID stageId, UUID zoneId, UUID departmentId, boolean open) {

		static PainPointJson of(PainPoint p) {
			return new PainPointJson(p.painId(), p.description(), p.severity(), p.frequency(), p.score(),
					p.touchpointId(), p.touchpointName(), p.stageId(), p.zoneId(), p.departmentId(), p.open());
		}
	}
}
