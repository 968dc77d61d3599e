package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer's figures: what churn and LTV are computed from. */
public record CustomerRow(String ref, String segment, LocalDate firstPurchase, LocalDate lastPurchase,
		BigDecimal revenue) {

	/** The day the customer counts as lost: {@code inactivityDays} after the last purchase. */
	LocalDate lostOn(int inactivityDays) {
		return lastPurchase.plusDays(inactivityDays);
	}
}
