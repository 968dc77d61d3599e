package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Lifetime value (domain.md §8): average revenue per customer per month × gross margin × expected lifetime in
 * months, the lifetime being 1 ÷ monthly churn. Every input is kept so the page can show the formula with its
 * numbers: the revenue and customer-months it averages (a customer counts each month from the first purchase
 * to the last, both included), the margin the company entered, and the churn pooled over the months given
 * (all lost ÷ all at start, so a month with few customers weighs little).
 */
public record Ltv(BigDecimal revenue, long customerMonths, BigDecimal grossMarginPercent, int churnLost,
		int churnAtStart) {

	public static Ltv of(Collection<CustomerRow> customers, BigDecimal grossMarginPercent, List<ChurnRate> months) {
		BigDecimal revenue = BigDecimal.ZERO;
		long customerMonths = 0;
		for (CustomerRow c : customers) {
			revenue = revenue.add(c.revenue());
			customerMonths += ChronoUnit.MONTHS.between(c.firstPurchase().withDayOfMonth(1),
					c.lastPurchase().withDayOfMonth(1)) + 1;
		}
		return new Ltv(revenue, customerMonths, grossMarginPercent, months.stream().mapToInt(ChurnRate::lost).sum(),
				months.stream().mapToInt(ChurnRate::atStart).sum());
	}

	/** Σ revenue ÷ Σ customer-months; {@code null} without customers. */
	public BigDecimal revenuePerCustomerMonth() {
		return customerMonths == 0 ? null : revenue.divide(BigDecimal.valueOf(customerMonths), 2, RoundingMode.HALF_UP);
	}

	/** Monthly churn in percent, pooled; {@code null} when no month had customers at its start. */
	public Double churnPercent() {
		return churnAtStart == 0 ? null : 100.0 * churnLost / churnAtStart;
	}

	/** 1 ÷ churn, in months; {@code null} when churn is unknown or zero (nobody left: the lifetime is unbounded). */
	public Double lifetimeMonths() {
		return churnAtStart == 0 || churnLost == 0 ? null : (double) churnAtStart / churnLost;
	}

	/** The LTV in the revenue's currency; {@code null} when an input is missing (the page says which). */
	public BigDecimal value() {
		BigDecimal perMonth = revenuePerCustomerMonth();
		Double lifetime = lifetimeMonths();
		if (perMonth == null || lifetime == null || grossMarginPercent == null) {
			return null;
		}
		return perMonth.multiply(grossMarginPercent)
			.multiply(BigDecimal.valueOf(churnAtStart))
			.divide(BigDecimal.valueOf(100L * churnLost), 2, RoundingMode.HALF_UP);
	}
}
