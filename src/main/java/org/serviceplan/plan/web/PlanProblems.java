package org.serviceplan.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.serviceplan.plan.internal.NotAllowed;
import org.serviceplan.plan.internal.PlanInWrongState;
import org.serviceplan.plan.internal.PlanNotReady;
import org.serviceplan.plan.internal.Readiness;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The plan API's own refusals, in the API's problem+json format: a plan not ready (422, every broken part in
 * {@code errors}), a step its status does not allow (409), a step only its lead or an owner may take (403).
 * Declared on the controllers (which extend this) because the shared error handler would answer them with
 * its generic texts; everything else still goes to it.
 */
abstract class PlanProblems {

	private final MessageSource messages;

	PlanProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notReady(PlanNotReady e, Locale locale) {
		List<FieldMessage> errors = new ArrayList<>();
		for (Readiness.Part part : e.readiness().parts()) {
			if (part.mandatory() && !part.present()) {
				String title = text("plan.readiness.part." + part.name().name(), locale);
				for (Readiness.Missing missing : part.missing()) {
					String what = messages.getMessage(missing.messageKey(),
							missing.subject() == null ? null : new Object[] { missing.subject() }, locale);
					errors.add(new FieldMessage("readiness." + part.name().name(),
							messages.getMessage("plan.notReady.missing", new Object[] { title, what }, locale)));
				}
			}
		}
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.validation",
				text("plan.notReady", locale), locale);
		problem.setProperty("errors", errors);
		problem.setProperty("missingParts", e.readiness().missingParts());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongState(PlanInWrongState e, Locale locale) {
		String status = text("plan.status." + e.status().name(), locale);
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "plan.wrongState",
				messages.getMessage("plan.wrongState", new Object[] { status }, locale), locale);
		problem.setProperty("planStatus", e.status());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAllowed(NotAllowed e, Locale locale) {
		return answer(problem(HttpStatus.FORBIDDEN, "problem.forbidden",
				messages.getMessage(e.messageKey(), e.arguments(), locale), locale));
	}

	private ProblemDetail problem(HttpStatus status, String key, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(key + ".title", locale));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	record FieldMessage(String field, String message) {
	}
}
