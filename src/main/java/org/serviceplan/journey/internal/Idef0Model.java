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

/**
 * The IDEF0 model of a touchpoint's or an element's business process: the JSON of its
 * {@link org.serviceplan.journey.Idef0Function} tree, checked before it is stored.
 */
@Entity
@Table(name = "journey_idef0")
@Audited
public class Idef0Model extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID touchpointId;
	private UUID elementId;
	private String name;
	private String diagram;
	@Version
	private long version;

	protected Idef0Model() {
	}

	Idef0Model(Journey journey, UUID touchpointId, UUID elementId) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.touchpointId = touchpointId;
		this.elementId = elementId;
	}

	void store(String functionName, String json) {
		this.name = functionName;
		this.diagram = json;
	}

	boolean belongsTo(UUID ownerId) {
		return ownerId.equals(touchpointId) || ownerId.equals(elementId);
	}

	public UUID id() {
		return id;
	}

	public UUID touchpointId() {
		return touchpointId;
	}

	public UUID elementId() {
		return elementId;
	}

	public String name() {
		return name;
	}

	/** The JSON of the function tree as stored. */
	public String diagram() {
		return diagram;
	}

	public long version() {
		return version;
	}
}
