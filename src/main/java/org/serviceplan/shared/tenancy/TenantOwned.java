package org.serviceplan.shared.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * A row that belongs to one workspace. Hibernate fills the column from {@link TenantContext} on insert
 * and adds it to every query, so a record of another workspace is simply not found.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwned {

	@TenantId
	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	public UUID workspaceId() {
		return workspaceId;
	}
}
