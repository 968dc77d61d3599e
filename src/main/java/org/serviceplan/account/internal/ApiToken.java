package org.serviceplan.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token. Only its SHA-256 is kept; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	private UUID id;
	private UUID accountId;
	private String name;
	private String tokenHash;
	private Instant createdAt;
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(UUID accountId, String name, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.name = name.strip();
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	UUID accountId() {
		return accountId;
	}

	String name() {
		return name;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	void usedAt(Instant now) {
		this.lastUsedAt = now;
	}
}
