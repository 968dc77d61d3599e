package org.serviceplan.journey.internal;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A pain or barrier at a touchpoint (косяк, барьер): how bad and how often, who noticed, and whether it is dealt with. */
@Entity
@Table(name = "journey_pain")
@Audited
public class Pain extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID touchpointId;
	private String description;
	private int severity;
	private int frequency;
	@Enumerated(EnumType.STRING)
	private PainSource source;
	@Enumerated(EnumType.STRING)
	private PainStatus status;
	private int position;
	@Version
	private long version;

	protected Pain() {
	}

	Pain(Journey journey, UUID touchpointId, PainDetails details, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.touchpointId = touchpointId;
		this.position = position;
		describe(details);
	}

	void describe(PainDetails details) {
		this.description = Rules.required("description", details.description(), 4000);
		this.severity = Rules.score("severity", details.severity());
		this.frequency = Rules.score("frequency", details.frequency());
		this.source = details.source();
		this.status = details.status() == null ? PainStatus.OPEN : details.status();
	}

	void moveTo(UUID newTouchpointId) {
		this.touchpointId = newTouchpointId;
	}

	PainDetails details() {
		return new PainDetails(description, severity, frequency, source, status);
	}

	public UUID id() {
		return id;
	}

	public UUID touchpointId() {
		return touchpointId;
	}

	public String description() {
		return description;
	}

	public int severity() {
		return severity;
	}

	public int frequency() {
		return frequency;
	}

	/** Severity × frequency: the order pains are dealt with in (1–25). */
	public int weight() {
		return severity * frequency;
	}

	public PainSource source() {
		return source;
	}

	public PainStatus status() {
		return status;
	}

	public int position() {
		return position;
	}

	public long version() {
		return version;
	}
}
