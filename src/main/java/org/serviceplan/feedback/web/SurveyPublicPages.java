package org.serviceplan.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the public pages to a string with an explicit language. The app's locale resolver looks into the
 * HTTP session for a logged-in user's language, and a session lookup is a database read; the customer's language
 * here is the page's own choice ({@code ?lang=}) or the browser's, so the pages bypass it — which also lets the
 * controller keep a survey's rendered page in memory.
 */
@Component
class SurveyPublicPages {

	/** With its charset: a String body is otherwise written as ISO-8859-1. */
	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final ITemplateEngine templates;
	private final JakartaServletWebApplication application;

	SurveyPublicPages(ITemplateEngine templates, ServletContext servletContext) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	String render(String template, String language, Map<String, Object> variables, HttpServletRequest request,
			HttpServletResponse response) {
		var context = new WebContext(application.buildExchange(request, response), Locale.forLanguageTag(language),
				variables);
		context.setVariable("lang", language);
		return templates.process(template, context);
	}
}
