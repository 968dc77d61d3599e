package org.serviceplan.history.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.shared.RecordType;

/** What a workspace's history is narrowed to: one kind of record, one account's changes; null means any. */
public record HistoryFilter(RecordType type, UUID account) {

	Set<RecordType> types(List<RecordType> all) {
		return type == null ? Set.copyOf(all) : Set.of(type);
	}
}
