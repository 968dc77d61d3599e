package org.serviceplan.feedback.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the pages print them: one decimal at most, the locale's decimal sign. */
final class Figures {

	private Figures() {
	}

	static String number(Double value, Locale locale) {
		return value == null ? "—" : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
	}
}
