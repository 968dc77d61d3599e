package org.serviceplan.feedback.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The lines an upload refused, in the user's words, kept in the session for the downloadable report: a CSV of
 * line, field and message that opens in Excel as it is (a BOM, so Cyrillic is not garbled).
 */
final class DashboardErrors {

	private DashboardErrors() {
	}

	/** A refused line as shown and downloaded. */
	record Shown(long line, String field, String message) implements Serializable {
	}

	static List<Shown> shown(List<RowError> errors, MessageSource messages, Locale locale) {
		return errors.stream()
			.map(e -> new Shown(e.line(), e.field(),
					messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale)))
			.toList();
	}

	static ResponseEntity<byte[]> csv(List<Shown> errors, String fileName, MessageSource messages, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(messages.getMessage("dashboard.errors.line", null, locale),
					messages.getMessage("dashboard.errors.field", null, locale),
					messages.getMessage("dashboard.errors.message", null, locale));
			for (Shown e : errors) {
				printer.printRecord(e.line(), e.field(), e.message());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return download(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), fileName);
	}

	static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
