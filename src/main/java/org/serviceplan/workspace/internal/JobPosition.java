package org.serviceplan.workspace.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A job title in the company (administrator, doctor); standards and scripts will hang on it. */
@Entity
@Table(name = "job_position")
@Audited
public class JobPosition extends TenantOwned {

	@Id
	private UUID id;
	private String name;
	@Version
	private long version;

	protected JobPosition() {
	}

	JobPosition(String name) {
		this.id = UUID.randomUUID();
		this.name = Names.required("name", name, 200);
	}

	void rename(String newName, Long expectedVersion) {
		StaleRecord.check("position", expectedVersion, version);
		this.name = Names.required("name", newName, 200);
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public long version() {
		return version;
	}
}
