package org.serviceplan.journey.internal;

import org.serviceplan.shared.BusinessRuleViolation;

/** The rules every text and score of a journey map keeps. */
final class Rules {

	private Rules() {
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

	/** Severity, frequency, expectation and quality are all said on the same 1–5 scale. */
	static int score(String field, Integer value) {
		if (value == null) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		return optionalScore(field, value);
	}

	static Integer optionalScore(String field, Integer value) {
		if (value != null && (value < 1 || value > 5)) {
			throw new BusinessRuleViolation(field, "journey.score.outOfRange");
		}
		return value;
	}

	static <E extends Enum<E>> E required(String field, E value) {
		if (value == null) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		return value;
	}
}
