package org.serviceplan.plan.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * The time a plan covers. At least six months (seed 000: "не менее полугода"); a year is recommended, so a
 * shorter period carries a warning.
 */
public record PlanPeriod(LocalDate start, LocalDate end) {

	static final int MINIMUM_MONTHS = 6;
	static final int RECOMMENDED_MONTHS = 12;

	public PlanPeriod {
		if (start == null) {
			throw new BusinessRuleViolation("startDate", "validation.required");
		}
		if (end == null) {
			throw new BusinessRuleViolation("endDate", "validation.required");
		}
		if (!end.isAfter(start)) {
			throw new BusinessRuleViolation("endDate", "plan.period.endBeforeStart");
		}
		if (start.plusMonths(MINIMUM_MONTHS).minusDays(1).isAfter(end)) {
			throw new BusinessRuleViolation("endDate", "plan.period.tooShort", MINIMUM_MONTHS);
		}
	}

	public static PlanPeriod oneYearFrom(LocalDate start) {
		return new PlanPeriod(start, start.plusYears(1).minusDays(1));
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(start) && !date.isAfter(end);
	}

	/** Whole months covered, counting the end day: 01.01–31.12 is twelve. */
	public int months() {
		return (int) Period.between(start, end.plusDays(1)).toTotalMonths();
	}

	Optional<Warning> recommendation() {
		return months() < RECOMMENDED_MONTHS ? Optional.of(new Warning("endDate", "plan.period.recommendYear"))
				: Optional.empty();
	}
}
