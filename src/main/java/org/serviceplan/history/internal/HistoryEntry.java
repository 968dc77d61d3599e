package org.serviceplan.history.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hibernate.envers.RevisionType;
import org.serviceplan.shared.RecordType;

/**
 * One change of one record as the history shows it: when (in the workspace's time zone), who, what was done
 * to which record, and for each field its value before and after.
 */
public record HistoryEntry(long revision, ZonedDateTime at, Actor actor, Action action, RecordType type,
		UUID recordId, String recordName, List<Change> changes) {

	public enum Action {
		CREATED, CHANGED, DELETED;

		static Action of(RevisionType type) {
			return switch (type) {
				case ADD -> CREATED;
				case MOD -> CHANGED;
				case DEL -> DELETED;
			};
		}

		/** The word in URLs, the API and message keys: {@code created}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** A field with its value before and after; a side is null when the field had no value. */
	public record Change(String field, Value before, Value after) {
	}

	/**
	 * A value as stored ({@code raw}: a role code, a department's id) and as a person reads it
	 * ({@code text}: the role in their language, the department's name).
	 */
	public record Value(String raw, String text) {
	}
}
