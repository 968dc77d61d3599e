package org.serviceplan.shared.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hands Hibernate the workspace of the current thread for every {@code @TenantId} column. */
class WorkspaceTenantResolver implements CurrentTenantIdentifierResolver<Object> {

	@Override
	public Object resolveCurrentTenantIdentifier() {
		return TenantContext.tenantForSession();
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public boolean isRoot(Object tenantId) {
		return TenantContext.ROOT.equals(tenantId);
	}
}
