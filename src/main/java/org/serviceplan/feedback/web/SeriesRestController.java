package org.serviceplan.feedback.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.feedback.web.FeedbackJsons.RejectionJson;
import org.serviceplan.feedback.web.FeedbackJsons.SeriesImportJson;
import org.serviceplan.feedback.web.FeedbackJsons.SeriesJson;
import org.serviceplan.feedback.web.FeedbackJsons.SeriesSummaryJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named figures from other systems — the contact centre's FCR, AHT and SLA, marketing figures — per department
 * or touchpoint: listed, read point by point, and imported all or nothing like the dashboard's upload.
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/series", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback and metrics")
class SeriesRestController {

	private final NamedSeries series;
	private final MessageSource messages;
	private final JsonMapper json;

	SeriesRestController(NamedSeries series, MessageSource messages, JsonMapper json) {
		this.series = series;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "listSeries", summary = "List named series",
			description = "Every series of the company by name: one per name and scope (the whole company, a "
					+ "`department` or a `touchpointId`), with its `unit`, how many points it has and its first and "
					+ "last day. The `id` stays the same as long as name and scope do.")
	@ApiResponse(responseCode = "200", description = "The series",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = SeriesSummaryJson.class)),
					examples = @ExampleObject(name = "contactCentre", value = "[" + FeedbackExamples.SERIES_SUMMARY + "]")))
	List<SeriesSummaryJson> list() {
		return series.all().stream().map(SeriesSummaryJson::of).toList();
	}

	@GetMapping("/{seriesId}")
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "getSeries", summary = "Read a named series",
			description = "The series and its points by day, from `from` to `to` (both included, either may be left "
					+ "out).")
	@ApiResponse(responseCode = "200", description = "The series",
			content = @Content(schema = @Schema(implementation = SeriesJson.class),
					examples = @ExampleObject(name = "fcr", value = FeedbackExamples.SERIES)))
	SeriesJson get(@PathVariable UUID seriesId,
			@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return SeriesJson.of(series.series(seriesId, from, to));
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@Requires(Permission.MANAGE_METRICS)
	@Operation(operationId = "importSeries", summary = "Import series points",
			description = """
					Owners, executives and service heads. `application/json`: an array of points `{"name", "unit"?, \
					"date", "value", "department"?, "touchpointId"?}` (`name` ≤ 200 characters, `unit` ≤ 50, `date` \
					YYYY-MM-DD or DD.MM.YYYY, `value` a number, `department` ≤ 200, `touchpointId` a touchpoint of this \
					workspace); `text/csv`: the same columns in a header row, `,` or `;` between them, UTF-8 or \
					Windows-1251, as on the dashboard's upload. A point of a name, scope and day already stored replaces \
					it. All or nothing: when any point is wrong nothing is stored and 422 lists every wrong one by its \
					position in the array (from 1) or its line in the file (the header is line 1), with the field and \
					rule.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array"),
							examples = @ExampleObject(name = "array", value = FeedbackExamples.SERIES_POINTS)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "excelCsv", value = FeedbackExamples.SERIES_CSV)) }))
	@ApiResponse(responseCode = "200", description = "Every point stored",
			content = @Content(schema = @Schema(implementation = SeriesImportJson.class),
					examples = @ExampleObject(name = "stored", value = """
							{"accepted": 2, "rejected": []}""")))
	@ApiResponse(responseCode = "422", description = "Nothing stored: the wrong points, each with its line, field "
			+ "and rule, in `rejected` (and in `errors`)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "badDate", value = FeedbackExamples.SERIES_REFUSED)))
	ResponseEntity<?> importPoints(@RequestHeader("Content-Type") MediaType contentType, @RequestBody byte[] body,
			Locale locale) {
		if (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			return answer(series.importRecords(records(body)), locale);
		}
		try {
			return answer(series.importTable(UploadedTable.read("series.csv", body, Encoding.AUTO)), locale);
		}
		catch (IOException e) {
			throw new BusinessRuleViolation(null, "dashboard.import.unreadable");
		}
	}

	/** The array's points as cell texts, so the dashboard's import checks them; anything else stores nothing. */
	private List<Map<String, String>> records(byte[] body) {
		JsonNode points;
		try {
			points = json.readTree(body);
		}
		catch (JacksonException e) {
			points = null;
		}
		if (points == null || !points.isArray()) {
			throw new BusinessRuleViolation(null, "dashboard.series.api.notArray");
		}
		List<Map<String, String>> records = new ArrayList<>();
		for (JsonNode point : points) {
			Map<String, String> record = new LinkedHashMap<>();
			if (point.isObject()) {
				point.properties().forEach(field -> record.put(field.getKey(),
						field.getValue().isValueNode() && !field.getValue().isNull() ? field.getValue().asString()
								: field.getValue().isNull() ? "" : field.getValue().toString()));
			}
			records.add(record);
		}
		return records;
	}

	private ResponseEntity<?> answer(NamedSeries.ImportResult result, Locale locale) {
		List<RejectionJson> rejected = result.errors().stream().map(e -> rejection(e, locale)).toList();
		if (result.accepted()) {
			return ResponseEntity.ok(new SeriesImportJson(result.stored(), rejected));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("dashboard.series.api.refused", new Object[] { rejected.size() }, locale));
		problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
		problem.setProperty("accepted", 0);
		problem.setProperty("rejected", rejected);
		problem.setProperty("errors", rejected.stream()
			.map(r -> Map.of("field", r.field() == null ? "" : r.field(), "message", r.message()))
			.toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private RejectionJson rejection(RowError error, Locale locale) {
		String rule = messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
		String field = error.field() == null || error.field().isEmpty() ? null : error.field();
		return new RejectionJson(error.line(), field, field == null ? rule
				: messages.getMessage("feedback.rejection", new Object[] { field, rule }, locale));
	}
}
