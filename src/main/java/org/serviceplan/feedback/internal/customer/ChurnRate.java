package org.serviceplan.feedback.internal.customer;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Churn over a period (domain.md §8): customers lost during it ÷ customers at its start. The customer table has
 * only the first and the last purchase, so a customer is at the period's start when the first purchase came
 * before it and they were not lost yet, and is lost on the day {@code inactivityDays} have passed since the last
 * purchase without another one. Periods are half-open: [start, end).
 */
public record ChurnRate(LocalDate start, LocalDate end, int atStart, int lost, int inactivityDays) {

	public static ChurnRate over(Collection<CustomerRow> customers, LocalDate start, LocalDate end,
			int inactivityDays) {
		int atStart = 0;
		int lost = 0;
		for (CustomerRow c : customers) {
			LocalDate lostOn = c.lostOn(inactivityDays);
			if (c.firstPurchase().isBefore(start) && lostOn.isAfter(start)) {
				atStart++;
				if (lostOn.isBefore(end)) {
					lost++;
				}
			}
		}
		return new ChurnRate(start, end, atStart, lost, inactivityDays);
	}

	/** In percent; {@code null} when nobody was a customer at the start (nothing to lose). */
	public Double percent() {
		return atStart == 0 ? null : 100.0 * lost / atStart;
	}
}
