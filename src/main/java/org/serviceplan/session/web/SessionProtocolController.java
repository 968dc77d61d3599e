package org.serviceplan.session.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.session.internal.SessionProtocols;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The session's protocol to download from the session's pages: PDF to print, XLSX to work on. */
@Controller
class SessionProtocolController {

	static final String PDF = "application/pdf";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SessionProtocols protocols;

	SessionProtocolController(SessionProtocols protocols) {
		this.protocols = protocols;
	}

	@GetMapping("/w/{ws}/sessions/{sessionId}/protocol.pdf")
	@Requires(Permission.VIEW_SESSIONS)
	ResponseEntity<byte[]> pdf(Member member, @PathVariable UUID sessionId, Locale locale) {
		return download(protocols.pdf(member, sessionId, locale), PDF, protocols.fileName(sessionId, "pdf"));
	}

	@GetMapping("/w/{ws}/sessions/{sessionId}/protocol.xlsx")
	@Requires(Permission.VIEW_SESSIONS)
	ResponseEntity<byte[]> xlsx(Member member, @PathVariable UUID sessionId, Locale locale) {
		return download(protocols.xlsx(member, sessionId, locale), XLSX, protocols.fileName(sessionId, "xlsx"));
	}

	/** An attachment named after the session; {@code filename*} carries the Cyrillic name. */
	static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}
}
