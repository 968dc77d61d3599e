package org.serviceplan.workspace.internal;

import org.serviceplan.shared.BusinessRuleViolation;

/** The rule every name in the organisation follows: present, trimmed, not too long. */
final class Names {

	private Names() {
	}

	static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		return optional(field, value, maxLength);
	}

	static String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new BusinessRuleViolation(field, "validation.tooLong", maxLength);
		}
		return trimmed;
	}
}
