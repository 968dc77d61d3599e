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

/** A zone inside a stage (зона): entrance, reception, medical block. Optional: not every business has places. */
@Entity
@Table(name = "journey_zone")
@Audited
public class Zone extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID stageId;
	private String name;
	private int position;
	@Version
	private long version;

	protected Zone() {
	}

	Zone(Journey journey, UUID stageId, String name, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.stageId = stageId;
		this.position = position;
		rename(name);
	}

	void rename(String newName) {
		this.name = Rules.required("name", newName, 200);
	}

	void placeIn(UUID newStageId, int newPosition) {
		this.stageId = newStageId;
		this.position = newPosition;
	}

	public UUID id() {
		return id;
	}

	public UUID stageId() {
		return stageId;
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
