package org.serviceplan.plan;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The plan's rich texts (introduction, summaries) are stored as Markdown and shown as HTML: paragraphs, lists,
 * emphasis and links. Raw HTML in the text is escaped and unsafe link targets are dropped, so the result may be
 * put into a page (or a PDF export) as it is.
 */
public final class PlanMarkdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private PlanMarkdown() {
	}

	/** Safe HTML of a Markdown text; empty for none. */
	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(markdown));
	}
}
