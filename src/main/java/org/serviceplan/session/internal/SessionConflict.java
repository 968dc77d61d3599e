package org.serviceplan.session.internal;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step the session's state does not allow now: a vote while voting is not open, an idea after brainstorming was
 * locked, anything in a closed session. Not a wrong value (422) but a wrong moment (409).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class SessionConflict extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;

	public SessionConflict(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}
