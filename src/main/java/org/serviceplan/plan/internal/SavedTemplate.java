package org.serviceplan.plan.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A plan a workspace saved as a template, kept as JSON so the template outlives the plan it came from. */
@Entity
@Table(name = "plan_template")
class SavedTemplate extends TenantOwned {

	@Id
	private UUID id;
	private String name;
	private String content;
	private UUID createdBy;
	private Instant createdAt;
	@Version
	private long version;

	protected SavedTemplate() {
	}

	SavedTemplate(String name, String content, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.name = Texts.required("name", name, 200);
		this.content = content;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String content() {
		return content;
	}

	Instant createdAt() {
		return createdAt;
	}
}
