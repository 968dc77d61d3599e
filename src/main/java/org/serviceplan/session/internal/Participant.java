package org.serviceplan.session.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * Someone taking part in a session: a member of the company (by person) or a guest with a display name who holds
 * a secret token (only its hash is stored). Voting locks this row, so one participant's votes run one at a time.
 */
@Entity
@Table(name = "session_participant")
public class Participant extends TenantOwned {

	@Id
	private UUID id;
	private UUID sessionId;
	private UUID personId;
	private String guestName;
	private String guestTokenHash;
	private Instant joinedAt;
	private boolean removed;
	@Version
	private long version;

	protected Participant() {
	}

	private Participant(UUID sessionId, UUID personId, String guestName, String guestTokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.personId = personId;
		this.guestName = guestName;
		this.guestTokenHash = guestTokenHash;
		this.joinedAt = now;
	}

	public static Participant member(UUID sessionId, UUID personId, Instant now) {
		return new Participant(sessionId, personId, null, null, now);
	}

	public static Participant guest(UUID sessionId, String displayName, String tokenHash, Instant now) {
		return new Participant(sessionId, null, Texts.required("displayName", displayName, 100), tokenHash, now);
	}

	void remove() {
		this.removed = true;
	}

	/** A member removed earlier who is added again takes their place back. */
	void rejoin() {
		this.removed = false;
	}

	public UUID id() {
		return id;
	}

	public UUID sessionId() {
		return sessionId;
	}

	/** The member's person id; null for a guest. */
	public UUID personId() {
		return personId;
	}

	public boolean isGuest() {
		return personId == null;
	}

	/** The name a guest gave; null for a member (their name comes from the company's people). */
	public String guestName() {
		return guestName;
	}

	public Instant joinedAt() {
		return joinedAt;
	}

	public boolean isRemoved() {
		return removed;
	}
}
