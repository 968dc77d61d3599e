package org.serviceplan.history.internal;

import java.util.UUID;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.WorkspaceRecords;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the current workspace and account; the account is empty for start-up data. */
public class RevisionStamp implements EntityTrackingRevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = authentication != null && authentication.getPrincipal() instanceof CurrentUser u ? u : null;
		revision.stamp(TenantContext.currentWorkspace().orElse(null), user == null ? null : user.accountId().value(),
				user == null ? null : user.name());
	}

	/** A workspace is created before anyone works inside it; that first revision belongs to it all the same. */
	@Override
	public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
			Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		if (revision.workspaceId() == null && WorkspaceRecords.WORKSPACE.entityClass().equals(entityClass)) {
			revision.belongsTo((UUID) entityId);
		}
	}
}
