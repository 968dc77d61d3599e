package org.serviceplan.journey.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A stage of the journey (этап): before, during, after the visit. The map's columns. */
@Entity
@Table(name = "journey_stage")
@Audited
public class Stage extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private String name;
	private int position;
	@Version
	private long version;

	protected Stage() {
	}

	Stage(Journey journey, String name, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.position = position;
		rename(name);
	}

	void rename(String newName) {
		this.name = Rules.required("name", newName, 200);
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public int position() {
		return position;
	}

	public long version() {
		return version;
	}
}
