package org.serviceplan.feedback.internal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reading numbers and dates typed by people into spreadsheets: ISO dates or Russian ones ({@code 31.12.2026}),
 * decimals with a point or a comma and spaces between thousands.
 */
public final class Cells {

	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private Cells() {
	}

	/** {@code null} when the text is not a date. */
	public static LocalDate date(String text) {
		String t = text.strip();
		try {
			return t.contains(".") ? LocalDate.parse(t, RUSSIAN_DATE) : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** {@code null} when the text is not a number. */
	public static BigDecimal number(String text) {
		String t = text.replace('\u00A0', ' ').replace(" ", "").replace(',', '.');
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
