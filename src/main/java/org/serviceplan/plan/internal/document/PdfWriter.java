package org.serviceplan.plan.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.serviceplan.plan.PlanMarkdown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays the plan out as PDF: an XHTML Thymeleaf template (plan/document.html) printed by openhtmltopdf with a
 * TrueType font that has Cyrillic, embedded (the one PDFBox ships), so Russian reads the same on any machine.
 */
@Component
class PdfWriter {

	/** Liberation Sans, inside the PDFBox jar: the application needs no font installed on the machine. */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
	static final String FONT_FAMILY = "Document Sans";
	/**
	 * Liberation Sans has no rouble sign: a two-glyph subset of DejaVu Sans (fonts/, with its licence) stands in
	 * for that one character, the template names it second in every font-family.
	 */
	static final String RUBLE = "/fonts/DejaVuSans-Ruble.ttf";
	static final String RUBLE_FAMILY = "Document Sans Ruble";

	/** The page layout, apart from the template so that it holds only markup and bundle texts. */
	private static final String CSS = css();

	private final ITemplateEngine templates;
	private final MessageSource messages;

	PdfWriter(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	byte[] write(PlanDocument document, Locale locale) {
		Context context = new Context(locale, Map.of("doc", document, "words", new Wording(messages, locale),
				"introduction", PlanMarkdown.html(document.introduction()), "css", CSS));
		String xhtml = templates.process("plan/document", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// One face serves every weight and style: no synthetic bold, and no fallback to a font without Cyrillic.
			for (int weight : new int[] { 400, 700 }) {
				for (FontStyle style : FontStyle.values()) {
					builder.useFont(() -> PdfWriter.class.getResourceAsStream(FONT), FONT_FAMILY, weight, style, true);
					builder.useFont(() -> PdfWriter.class.getResourceAsStream(RUBLE), RUBLE_FAMILY, weight, style, true);
				}
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static String css() {
		try (var in = PdfWriter.class.getResourceAsStream("/documents/plan.css")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
