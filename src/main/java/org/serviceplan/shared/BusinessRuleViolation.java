package org.serviceplan.shared;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that breaks a named rule of the domain. Carries a message key (and its arguments) so the
 * web layer can say it in the user's language, and the field it concerns if there is one. A page that does
 * not put it back on its form still answers 422, never 500.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class BusinessRuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final Object[] arguments;

	public BusinessRuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " (" + field + ")"));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}
