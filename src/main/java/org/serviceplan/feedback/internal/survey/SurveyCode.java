package org.serviceplan.feedback.internal.survey;

import java.util.Locale;
import java.util.regex.Pattern;

import org.serviceplan.shared.SecretCode;

/**
 * The short code of a survey's public link ({@code /f/visit-nps}). Not a secret — it is printed on a QR code at
 * the desk — but random enough that links of other companies cannot be guessed by counting.
 */
public record SurveyCode(String value) {

	private static final Pattern FORM = Pattern.compile("[a-z0-9-]{3,32}");

	public SurveyCode {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a survey code: " + value);
		}
	}

	public static SurveyCode random() {
		// 6 random bytes are 8 URL-safe characters; lower case with the two symbols mapped keeps links easy to type
		return new SurveyCode(SecretCode.generate(6).toLowerCase(Locale.ROOT).replaceAll("[-_]", "x"));
	}

	/** Whether a text from a URL can be a code at all, before any lookup. */
	public static boolean isWellFormed(String text) {
		return text != null && FORM.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
