package org.serviceplan.plan.internal;

import org.serviceplan.shared.BusinessRuleViolation;

/** The rule for every text of a plan: trimmed, present when required, not longer than its column. */
final class Texts {

	private Texts() {
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

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
