package org.serviceplan.history.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What differs between two states of one record. */
final class Changes {

	private Changes() {
	}

	/**
	 * The fields whose value differs, in the order of the newer state. A record with no earlier state (just
	 * created) lists every field it was given a value.
	 */
	static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> earlier = before == null ? Map.of() : before;
		List<FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			Object old = earlier.get(field);
			if (!Objects.equals(blankAsNull(old), blankAsNull(value))) {
				changes.add(new FieldChange(field, blankAsNull(old), blankAsNull(value)));
			}
		});
		return changes;
	}

	/** An optional text cleared to "" and one never filled are the same to a reader. */
	private static Object blankAsNull(Object value) {
		return value instanceof String text && text.isBlank() ? null : value;
	}
}
