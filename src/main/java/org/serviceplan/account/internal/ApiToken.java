package org.serviceplan.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceplan.shared.BusinessRuleViolation;

/** A personal access token. Only its SHA-256 is kept; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken {

	static final int MAX_NAME = 100;

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
		this.name = named(name);
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	/** A token is named so its owner can tell which program uses it when revoking. */
	private static String named(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "token.name.required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new BusinessRuleViolation("name", "validation.tooLong", MAX_NAME);
		}
		return name.strip();
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

	/** Kept to the minute: writing it on every call would turn each API read into a write under load. */
	void usedAt(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(Duration.ofMinutes(1)))) {
			this.lastUsedAt = now;
		}
	}
}
