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

/** An element of a zone (элемент): the desk, the wardrobe, the restroom, the waiting area. Optional. */
@Entity
@Table(name = "journey_element")
@Audited
public class Element extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID zoneId;
	private String name;
	private int position;
	@Version
	private long version;

	protected Element() {
	}

	Element(Journey journey, UUID zoneId, String name, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.zoneId = zoneId;
		this.position = position;
		rename(name);
	}

	void rename(String newName) {
		this.name = Rules.required("name", newName, 200);
	}

	void placeIn(UUID newZoneId, int newPosition) {
		this.zoneId = newZoneId;
		this.position = newPosition;
	}

	public UUID id() {
		return id;
	}

	public UUID zoneId() {
		return zoneId;
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
