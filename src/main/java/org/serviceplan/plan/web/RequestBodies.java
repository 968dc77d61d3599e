package org.serviceplan.plan.web;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Checks a request body's declared constraints after the plan it concerns was found: an id of another
 * company must answer 404 whatever the body holds, so {@code @Valid} (which runs first) will not do. Every
 * failing field is named at once, in the request's language, as the shared error handler says them.
 */
@Component
class RequestBodies {

	private final Validator validator;

	RequestBodies(Validator validator) {
		this.validator = validator;
	}

	void check(Object body) throws BindException {
		Set<ConstraintViolation<Object>> violations = validator.validate(body);
		if (violations.isEmpty()) {
			return;
		}
		BindingResult result = new BeanPropertyBindingResult(body, "body");
		violations.stream()
			.sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
			.forEach(v -> result.addError(new FieldError("body", v.getPropertyPath().toString(), v.getMessage())));
		throw new BindException(result);
	}
}
