package org.serviceplan.feedback.internal.dashboard;

import java.util.List;

/**
 * What is wrong with one line of an uploaded file: the line as the user sees it (the header is line 1), the
 * column, and a message key with its arguments, turned into the user's language on the page and in the report.
 */
public record RowError(int line, String field, String messageKey, List<Object> arguments) {

	public RowError {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public static RowError of(int line, String field, String messageKey, Object... arguments) {
		return new RowError(line, field, messageKey, List.of(arguments));
	}
}
