package org.serviceplan.history.internal;

import org.hibernate.envers.RevisionListener;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the current workspace and account; both are empty for start-up data. */
public class RevisionStamp implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = authentication != null && authentication.getPrincipal() instanceof CurrentUser u ? u : null;
		revision.stamp(TenantContext.currentWorkspace().orElse(null), user == null ? null : user.accountId().value(),
				user == null ? null : user.name());
	}
}
