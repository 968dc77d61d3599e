package org.serviceplan.calendar.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A member's calendar subscription in one workspace. Only the SHA-256 of its token is kept (see
 * {@link org.serviceplan.shared.SecretCode}): the token is shown once, when issued.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends TenantOwned {

	@Id
	private UUID id;
	private UUID personId;
	private UUID accountId;
	private String tokenHash;
	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(UUID personId, UUID accountId, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	public UUID personId() {
		return personId;
	}

	public UUID accountId() {
		return accountId;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
