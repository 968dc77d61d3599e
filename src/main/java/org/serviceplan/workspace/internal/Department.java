package org.serviceplan.workspace.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A unit of the company (reception, medical block); may sit inside another department. */
@Entity
@Table(name = "department")
@Audited
public class Department extends TenantOwned {

	@Id
	private UUID id;
	private UUID parentId;
	private String name;
	@Version
	private long version;

	protected Department() {
	}

	Department(String name, UUID parentId) {
		this.id = UUID.randomUUID();
		this.name = Names.required("name", name, 200);
		this.parentId = parentId;
	}

	void rename(String newName, Long expectedVersion) {
		StaleRecord.check("department", expectedVersion, version);
		this.name = Names.required("name", newName, 200);
	}

	void moveUnder(UUID newParentId) {
		this.parentId = newParentId;
	}

	public UUID id() {
		return id;
	}

	public UUID parentId() {
		return parentId;
	}

	public String name() {
		return name;
	}

	public long version() {
		return version;
	}
}
