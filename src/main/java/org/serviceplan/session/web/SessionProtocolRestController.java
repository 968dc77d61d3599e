package org.serviceplan.session.web;

import static org.serviceplan.session.web.SessionProtocolController.PDF;
import static org.serviceplan.session.web.SessionProtocolController.XLSX;
import static org.serviceplan.session.web.SessionProtocolController.download;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.session.internal.SessionProtocols;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The session's protocol through the API, the same files as the download on the session's pages. */
@RestController
@Tag(name = "Strategic sessions")
class SessionProtocolRestController extends SessionProblems {

	private static final String WHAT = "The protocol: the session's date, facilitator, journeys and rules; participants; "
			+ "ideas by stage and touchpoint with their kind, authors and pain; votes (who gave what only in open "
			+ "voting; anonymous voting records none); the ranking per nomination. In the request's language. Like the "
			+ "results, participants may read it once the results are revealed (403 before).";

	private final SessionProtocols protocols;

	SessionProtocolRestController(SessionProtocols protocols, MessageSource messages) {
		super(messages);
		this.protocols = protocols;
	}

	@GetMapping(path = "/api/v1/workspaces/{ws}/sessions/{sessionId}/protocol.pdf")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "getSessionProtocolPdf", summary = "The session's protocol as PDF", description = WHAT)
	@ApiResponse(responseCode = "200", description = "The protocol", content = @Content(mediaType = PDF,
			schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …")))
	ResponseEntity<byte[]> pdf(Member member, @PathVariable UUID sessionId, Locale locale) {
		return download(protocols.pdf(member, sessionId, locale), PDF, protocols.fileName(sessionId, "pdf"));
	}

	@GetMapping(path = "/api/v1/workspaces/{ws}/sessions/{sessionId}/protocol.xlsx")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "getSessionProtocolXlsx", summary = "The session's protocol as XLSX",
			description = WHAT + " One sheet each: the session, participants, ideas, votes, and a ranking per nomination.")
	@ApiResponse(responseCode = "200", description = "The protocol", content = @Content(mediaType = XLSX,
			schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(name = "xlsx",
					value = "PK… (an Excel workbook)")))
	ResponseEntity<byte[]> xlsx(Member member, @PathVariable UUID sessionId, Locale locale) {
		return download(protocols.xlsx(member, sessionId, locale), XLSX, protocols.fileName(sessionId, "xlsx"));
	}
}
