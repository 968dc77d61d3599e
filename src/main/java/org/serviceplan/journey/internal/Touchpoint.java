package org.serviceplan.journey.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A touchpoint (точка касания): where the customer meets the company — eye contact, greeting, identification.
 * It has exactly one parent (a stage, a zone or an element), a channel, who owns it, and what the customer
 * expects there versus what they perceive.
 */
@Entity
@Table(name = "journey_touchpoint")
@Audited
public class Touchpoint extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID stageId;
	private UUID zoneId;
	private UUID elementId;
	private String name;
	private String description;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	private UUID departmentId;
	private UUID responsibleId;
	private String icon;
	private Integer expectation;
	private Integer quality;
	private String tangibleEvidence;
	private String notes;
	private int position;
	@Version
	private long version;

	protected Touchpoint() {
	}

	Touchpoint(Journey journey, Parent parent, TouchpointDetails details, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		placeIn(parent, position);
		describe(details);
	}

	void describe(TouchpointDetails details) {
		this.name = Rules.required("name", details.name(), 200);
		this.description = Rules.optional("description", details.description(), 4000);
		this.channel = Rules.required("channel", details.channel());
		this.departmentId = details.departmentId();
		this.responsibleId = details.responsibleId();
		this.icon = TouchpointIcon.checked(details.icon());
		this.expectation = Rules.optionalScore("expectation", details.expectation());
		this.quality = Rules.optionalScore("quality", details.quality());
		this.tangibleEvidence = Rules.optional("tangibleEvidence", details.tangibleEvidence(), 4000);
		this.notes = Rules.optional("notes", details.notes(), 4000);
	}

	void placeIn(Parent parent, int newPosition) {
		this.stageId = parent.stageId();
		this.zoneId = parent.zoneId();
		this.elementId = parent.elementId();
		this.position = newPosition;
	}

	public TouchpointDetails details() {
		return new TouchpointDetails(name, description, channel, departmentId, responsibleId, icon, expectation,
				quality, tangibleEvidence, notes);
	}

	public Parent parent() {
		return new Parent(stageId, zoneId, elementId);
	}

	/** Quality minus expectation, once both are known. */
	public Optional<ExpectationGap> expectationGap() {
		return expectation == null || quality == null ? Optional.empty()
				: Optional.of(ExpectationGap.of(expectation, quality));
	}

	public UUID id() {
		return id;
	}

	public UUID stageId() {
		return stageId;
	}

	public UUID zoneId() {
		return zoneId;
	}

	public UUID elementId() {
		return elementId;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public Channel channel() {
		return channel;
	}

	public UUID departmentId() {
		return departmentId;
	}

	public UUID responsibleId() {
		return responsibleId;
	}

	public String icon() {
		return icon;
	}

	public Integer expectation() {
		return expectation;
	}

	public Integer quality() {
		return quality;
	}

	public String tangibleEvidence() {
		return tangibleEvidence;
	}

	public String notes() {
		return notes;
	}

	public int position() {
		return position;
	}

	public long version() {
		return version;
	}
}
