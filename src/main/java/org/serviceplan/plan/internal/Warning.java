package org.serviceplan.plan.internal;

import java.util.List;

/** Something a plan may have but should not: shown to users, never blocks a save. */
public record Warning(String field, String messageKey, List<Object> arguments) {

	public Warning(String field, String messageKey, Object... arguments) {
		this(field, messageKey, List.of(arguments));
	}
}
