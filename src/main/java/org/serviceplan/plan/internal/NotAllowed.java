package org.serviceplan.plan.internal;

import org.serviceplan.shared.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step the caller's place in the plan does not allow (closing someone else's plan): a rule of the plan, not
 * of the role matrix, so it is said in the user's words. Still a rule violation, so forms show it like any other.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowed extends BusinessRuleViolation {

	public NotAllowed(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}
}
