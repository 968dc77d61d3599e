package org.serviceplan.feedback;

import org.serviceplan.shared.BusinessRuleViolation;

/** An answer that breaks a rule of its fields: which field, and the rule as a message key with arguments. */
public class InvalidAnswer extends BusinessRuleViolation {

	public InvalidAnswer(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}
}
