package org.serviceplan.history.internal;

import java.util.Map;
import java.util.UUID;

import org.serviceplan.workspace.RecordType;

/**
 * One audited record as it was at one revision. {@code fields} holds what a reader cares about, in mapping
 * order: no id, version or workspace column. {@code workspaceId} is the workspace the record belongs to.
 */
record RecordState(RecordType type, UUID id, UUID workspaceId, Map<String, Object> fields) {

	/** Every audited record is named by its {@code name} field. */
	String name() {
		Object name = fields.get("name");
		return name == null ? null : name.toString();
	}
}
