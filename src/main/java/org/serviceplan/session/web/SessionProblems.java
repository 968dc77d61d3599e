package org.serviceplan.session.web;

import java.util.Locale;

import org.serviceplan.session.internal.NotSessionRunner;
import org.serviceplan.session.internal.SessionConflict;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The session API's own refusals in problem+json, saying why: a step the session's state does not allow now (409)
 * and a step only the facilitator, the owner or a participant may take (403). Everything else goes to the shared
 * error handler.
 */
abstract class SessionProblems {

	private final MessageSource messages;

	SessionProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongMoment(SessionConflict e, Locale locale) {
		return answer(HttpStatus.CONFLICT, "session.problem.state",
				messages.getMessage(e.messageKey(), e.arguments(), locale), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAllowed(NotSessionRunner e, Locale locale) {
		return answer(HttpStatus.FORBIDDEN, "problem.forbidden.title", messages.getMessage(e.messageKey(), null, locale),
				locale);
	}

	private ResponseEntity<ProblemDetail> answer(HttpStatus status, String titleKey, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
