package org.serviceplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

/** What the API says when something unforeseen breaks: a plain 500, never the exception's insides. */
class ApiErrorResponsesTest {

	private final ApiErrorResponses responses = new ApiErrorResponses(messages());

	@Test
	void answersAnUnexpectedFailureWith500AndNoDetailsOfIt() throws Exception {
		var request = new MockHttpServletRequest("GET", "/api/v1/workspaces");

		var response = responses.other(new IllegalStateException("connection to db-7 refused at Foo.java:42"),
				request, UserLocale.RUSSIAN);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().getTitle()).isEqualTo("Внутренняя ошибка");
		assertThat(response.getBody().getDetail()).isEqualTo("Внутренняя ошибка. Мы уже записали её.");
		assertThat(response.getBody().toString()).doesNotContain("db-7", "Foo.java", "IllegalStateException");
		assertThat(response.getBody().getProperties()).isNull();
	}

	@Test
	void leavesPagesToTheirOwnErrorHandling() {
		var page = new MockHttpServletRequest("GET", "/w/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/departments");
		var failure = new IllegalStateException("boom");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> responses.other(failure, page, Locale.ENGLISH))
			.isSameAs(failure);
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
