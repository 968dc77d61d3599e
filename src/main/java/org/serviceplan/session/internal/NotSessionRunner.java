package org.serviceplan.session.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step only the session's facilitator or the company's owner may take (open voting, reveal results, merge), or
 * a participant's step by someone who is not a participant of the session.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotSessionRunner extends RuntimeException {

	private final String messageKey;

	public NotSessionRunner(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
