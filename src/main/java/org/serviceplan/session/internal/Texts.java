package org.serviceplan.session.internal;

import org.serviceplan.shared.BusinessRuleViolation;

/** Text fields of the session model: trimmed, required where said, never longer than their column. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		if (text.length() > max) {
			throw new BusinessRuleViolation(field, "validation.tooLong", max);
		}
		return text;
	}
}
