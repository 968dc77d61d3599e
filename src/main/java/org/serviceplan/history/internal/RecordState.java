package org.serviceplan.history.internal;

import java.util.Map;
import java.util.UUID;

import org.serviceplan.shared.RecordType;

/**
 * One audited record as it was at one revision. {@code fields} holds what a reader cares about, in mapping
 * order: no id, version or workspace column. {@code workspaceId} is the workspace the record belongs to.
 */
record RecordState(RecordType type, UUID id, UUID workspaceId, Map<String, Object> fields) {

	/** What names the record to people: its type's name field. */
	String name() {
		Object name = fields.get(type.nameField());
		return name == null ? null : name.toString();
	}
}
