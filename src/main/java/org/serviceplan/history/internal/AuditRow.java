package org.serviceplan.history.internal;

import org.hibernate.envers.RevisionType;

/** One record written in one revision: the raw material of a history entry. */
record AuditRow(Revision revision, RevisionType revisionType, RecordState state) {

	long revisionNumber() {
		return revision.id();
	}
}
