package org.serviceplan.plan.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.plan.internal.document.PlanDocuments;
import org.serviceplan.plan.internal.document.PlanDocuments.Format;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan as a document (PDF or DOCX) for clients that print it or file it elsewhere. */
@RestController
@Tag(name = "Plan documents", description = "The plan as a printable document")
class PlanDocumentRestController {

	private final PlanDocuments documents;

	PlanDocumentRestController(PlanDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/workspaces/{ws}/plans/{planId}/document")
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "getPlanDocument", summary = "Download a plan as PDF or DOCX",
			description = "The whole plan as a document to print or sign: title page (company, period, status, "
					+ "approval), introduction, lead and authors, checkpoints, global tasks, tasks by block (responsible, "
					+ "dates, expected result and target, reporting format, budget and source, reward), the budget by "
					+ "block and by source with totals, and the approval block with signature lines. Texts are in the "
					+ "request's language (`Accept-Language`, or the user's choice); Cyrillic renders with an embedded "
					+ "font. The file is named after the plan (`Content-Disposition` with a UTF-8 `filename*`). Any "
					+ "`format` other than `pdf` or `docx` is refused (422, field `format`).")
	@ApiResponse(responseCode = "200", description = "The document",
			content = {
					@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …")),
					@Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
							schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "docx", value = "PK… (a Word document)")) })
	ResponseEntity<byte[]> document(Member member, @PathVariable UUID planId,
			@Parameter(description = "`pdf` (the default) or `docx`", examples = {
					@ExampleObject(name = "pdf", value = "pdf"), @ExampleObject(name = "docx", value = "docx") })
			@RequestParam(defaultValue = "pdf") String format, Locale locale) {
		return PlanDocumentController.download(documents.export(member, planId, Format.of(format), locale));
	}
}
