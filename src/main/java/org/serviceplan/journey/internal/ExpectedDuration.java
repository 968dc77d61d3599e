package org.serviceplan.journey.internal;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * How long a customer's journey lasts, in days: from a week (a quick purchase) to two years (a long B2B deal,
 * seed 004). Shorter or longer is a typo or a different journey.
 */
public record ExpectedDuration(int days) {

	static final int SHORTEST = 7;
	static final int LONGEST = 730;

	public ExpectedDuration {
		if (days < SHORTEST) {
			throw new BusinessRuleViolation("expectedDurationDays", "journey.duration.tooShort", SHORTEST);
		}
		if (days > LONGEST) {
			throw new BusinessRuleViolation("expectedDurationDays", "journey.duration.tooLong", LONGEST);
		}
	}

	public static ExpectedDuration ofDays(Integer days) {
		if (days == null) {
			throw new BusinessRuleViolation("expectedDurationDays", "validation.required");
		}
		return new ExpectedDuration(days);
	}
}
