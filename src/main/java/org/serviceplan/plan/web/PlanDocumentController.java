package org.serviceplan.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.plan.internal.document.PlanDocuments;
import org.serviceplan.plan.internal.document.PlanDocuments.Format;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan as a file to download from the editor and the control page: PDF or DOCX, in the reader's language. */
@Controller
class PlanDocumentController {

	private final PlanDocuments documents;

	PlanDocumentController(PlanDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/w/{ws}/plans/{planId}/export.pdf")
	@Requires(Permission.VIEW_PLANS)
	ResponseEntity<byte[]> pdf(Member member, @PathVariable UUID planId, Locale locale) {
		return download(documents.export(member, planId, Format.PDF, locale));
	}

	@GetMapping("/w/{ws}/plans/{planId}/export.docx")
	@Requires(Permission.VIEW_PLANS)
	ResponseEntity<byte[]> docx(Member member, @PathVariable UUID planId, Locale locale) {
		return download(documents.export(member, planId, Format.DOCX, locale));
	}

	/**
	 * The file as an attachment named after the plan: {@code filename*} carries the UTF-8 (Cyrillic) name, and
	 * {@code filename} an ASCII stand-in for clients that do not read the former.
	 */
	static ResponseEntity<byte[]> download(PlanDocuments.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

	static String contentDisposition(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String base = fileName.substring(0, dot).replaceAll("[^\\x20-\\x7e]|[\"\\\\]", " ").replaceAll("\\s+", " ").strip();
		String ascii = (base.matches(".*[A-Za-z].*") ? base : "plan") + fileName.substring(dot);
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			// RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ go as they are, everything else percent-encoded.
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}
}
