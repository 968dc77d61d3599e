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

/** An idea under a touchpoint from the brainstorm: what is wrong now, or what the ideal future looks like. */
@Entity
@Table(name = "journey_idea")
@Audited
public class Idea extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "journey_id")
	private Journey journey;
	private UUID touchpointId;
	@Enumerated(EnumType.STRING)
	private IdeaKind kind;
	private String text;
	private UUID authorId;
	private int position;
	@Version
	private long version;

	protected Idea() {
	}

	Idea(Journey journey, UUID touchpointId, IdeaKind kind, String text, UUID authorId, int position) {
		this.id = UUID.randomUUID();
		this.journey = journey;
		this.touchpointId = touchpointId;
		this.authorId = authorId;
		this.position = position;
		describe(kind, text);
	}

	void describe(IdeaKind newKind, String newText) {
		this.kind = Rules.required("kind", newKind);
		this.text = Rules.required("text", newText, 4000);
	}

	public UUID id() {
		return id;
	}

	public UUID touchpointId() {
		return touchpointId;
	}

	public IdeaKind kind() {
		return kind;
	}

	public String text() {
		return text;
	}

	public UUID authorId() {
		return authorId;
	}

	public int position() {
		return position;
	}

	public long version() {
		return version;
	}
}
