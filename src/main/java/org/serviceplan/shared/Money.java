package org.serviceplan.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount in one currency; RUB unless said otherwise. */
public record Money(BigDecimal amount, Currency currency) {

	public static final Currency RUB = Currency.getInstance("RUB");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
	}

	public static Money rubles(String amount) {
		return new Money(new BigDecimal(amount), RUB);
	}

	/** "1 234,50 ₽" in Russian, "RUB 1,234.50" elsewhere; the rouble always shows as ₽. */
	public String format(Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(currency.getDefaultFractionDigits());
		number.setMaximumFractionDigits(currency.getDefaultFractionDigits());
		String digits = number.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
		if (RUB.equals(currency)) {
			return digits + " ₽";
		}
		return digits + " " + currency.getSymbol(locale);
	}
}
