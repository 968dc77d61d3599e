package org.serviceplan.history.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.workspace.RecordType;

/** What a workspace's history is narrowed to: one kind of record, one account's changes; null means any. */
public record HistoryFilter(RecordType type, UUID account) {

	Set<RecordType> types() {
		return type == null ? EnumSet.allOf(RecordType.class) : EnumSet.of(type);
	}
}
