package org.serviceplan.plan.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.serviceplan.shared.Money;

/** Formats a plan's sums in its currency for the reader's language, so templates never format money themselves. */
public record Amounts(Currency currency, Locale locale) {

	public String of(BigDecimal amount) {
		return new Money(amount == null ? BigDecimal.ZERO : amount, currency).format(locale);
	}
}
