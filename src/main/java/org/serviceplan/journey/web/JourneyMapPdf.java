package org.serviceplan.journey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.serviceplan.journey.MapView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The whole map as a landscape PDF for print and workshops: stages as columns, zones and elements as headed
 * groups, one box per touchpoint with channel, gap and pains. Text stays text (searchable, copyable) and is set in
 * Liberation Sans from the PDFBox jar, which has Cyrillic, so the PDF reads the same on every machine.
 */
@Component
class JourneyMapPdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
	private static final String FONT_FAMILY = "Map Sans";

	/** The page layout, apart from the template so that it holds only markup and bundle texts. */
	private static final String CSS = css();

	private final ITemplateEngine templates;

	JourneyMapPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] write(MapView map, Locale locale) {
		String xhtml = templates.process("journey/map-pdf", new Context(locale, Map.of("map", map, "css", CSS)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// One face for every weight and style: never a fallback to a font without Cyrillic.
			for (int weight : new int[] { 400, 700 }) {
				for (FontStyle style : FontStyle.values()) {
					builder.useFont(() -> JourneyMapPdf.class.getResourceAsStream(FONT), FONT_FAMILY, weight, style, true);
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
		try (var in = JourneyMapPdf.class.getResourceAsStream("/documents/journey-map.css")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
