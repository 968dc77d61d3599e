package org.serviceplan.workspace.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A one-time link for a person to set a password and join. Only the code's hash is stored. */
@Entity
@Table(name = "invitation")
public class Invitation extends TenantOwned {

	@Id
	private UUID id;
	private UUID personId;
	private String codeHash;
	private UUID invitedBy;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant acceptedAt;
	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(UUID personId, String codeHash, UUID invitedBy, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.codeHash = codeHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isOpenAt(Instant now) {
		return acceptedAt == null && expiresAt.isAfter(now);
	}

	void accept(Instant now) {
		this.acceptedAt = now;
	}

	void withdraw(Instant now) {
		if (acceptedAt == null) {
			this.expiresAt = now;
		}
	}

	UUID id() {
		return id;
	}

	UUID personId() {
		return personId;
	}

	Instant expiresAt() {
		return expiresAt;
	}
}
