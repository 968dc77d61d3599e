package org.serviceplan.feedback.web;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.IngestFormat;
import org.serviceplan.feedback.web.FeedbackJsons.IngestJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk answers in: NDJSON, a JSON array or CSV, streamed from the request body in batches. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback and metrics", description = "Customer answers (NPS, CSAT, CES) in bulk, and metrics with n and 95% intervals")
class FeedbackRestController {

	static final String NDJSON = "application/x-ndjson";

	private final Feedback feedback;

	FeedbackRestController(Feedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping(consumes = { NDJSON, MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@Requires(Permission.INGEST_FEEDBACK)
	@Operation(operationId = "ingestFeedback", summary = "Send answers in bulk",
			description = """
					Answers as `application/x-ndjson` (one JSON object a line), `application/json` (an array of objects) \
					or `text/csv` (a header row naming the fields, `,` `;` or tab between them, a BOM allowed). Each answer: \
					`metric` (`NPS` 0–10, `CSAT` 1–5, `CES` 1–7), `score` (an integer on the metric's scale), `answeredAt` \
					(ISO-8601 instant with offset), optional `touchpointId` (a touchpoint of this workspace), `channel` \
					(≤ 40 characters), `segment` (≤ 100), `customerRef` (≤ 200), `comment` (≤ 4000), `externalId` (≤ 200). \
					Good lines are stored, bad ones skipped and reported with the field and rule broken (the first 1000 \
					listed, all counted). An answer whose `externalId` is already stored — from an earlier request or \
					earlier in this one — is stored once and counted in `duplicates`, so retries are safe. \
					The body is streamed in batches of 20,000, so bodies of any size are fine, and stored as one \
					transaction: if it breaks off, nothing of it is stored and sending it again is safe. Bodies for one \
					workspace are written one after the other. Text is read as the charset the `charset` parameter names; otherwise as \
					a byte-order mark says; otherwise as the `Content-Type`'s charset when that is not UTF-8; otherwise \
					UTF-8 when the bytes are valid UTF-8, else Windows-1251 (Russian Excel) — Cyrillic is never garbled.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = NDJSON, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "ndjson", value = FeedbackExamples.NDJSON)),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array"),
							examples = @ExampleObject(name = "array", value = FeedbackExamples.JSON_ARRAY)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "excelCsv", value = FeedbackExamples.CSV)) }))
	@ApiResponse(responseCode = "200", description = "What was accepted and what was rejected, line by line",
			content = @Content(schema = @Schema(implementation = IngestJson.class),
					examples = @ExampleObject(name = "mixed", value = FeedbackExamples.REPORT)))
	@ApiResponse(responseCode = "422", description = "The body as a whole cannot be read: a CSV header without a "
			+ "required column, a JSON body that is not an array, an unknown charset",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "noScoreColumn", value = FeedbackExamples.PROBLEM_CSV)))
	IngestJson ingest(Member member, @RequestHeader("Content-Type") MediaType contentType,
			@Parameter(description = "the body's charset, e.g. `windows-1251`, when the Content-Type does not say it")
			@RequestParam(required = false) String charset, InputStream body, Locale locale) {
		return IngestJson.of(feedback.ingest(member.workspaceId(), body, format(contentType),
				charset(charset, contentType), locale));
	}

	private static IngestFormat format(MediaType contentType) {
		if (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			return IngestFormat.JSON_ARRAY;
		}
		return contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON)) ? IngestFormat.NDJSON : IngestFormat.CSV;
	}

	private static Charset charset(String parameter, MediaType contentType) {
		try {
			if (parameter != null && !parameter.isBlank()) {
				return Charset.forName(parameter.strip());
			}
			// clients label text bodies UTF-8 by habit; UTF-8 is what detection finds anyway when it is true, and a
			// Windows-1251 file mislabelled UTF-8 is still read right
			Charset declared = contentType.getCharset();
			return declared == null || declared.equals(StandardCharsets.UTF_8) ? null : declared;
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("charset", "feedback.body.unknownCharset",
					parameter != null ? parameter : contentType.getParameter("charset"));
		}
	}
}
