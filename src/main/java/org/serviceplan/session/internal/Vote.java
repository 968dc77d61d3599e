package org.serviceplan.session.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceplan.session.Nomination;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * One participant's points on one idea in one nomination. The row exists only with points (a vote taken back is
 * deleted); the table refuses a second row for the same idea, participant and nomination and points outside
 * 1..the per-idea limit.
 */
@Entity
@Table(name = "session_vote")
public class Vote extends TenantOwned {

	@Id
	private UUID id;
	private UUID sessionId;
	private UUID ideaId;
	private UUID participantId;
	@Enumerated(EnumType.STRING)
	private Nomination nomination;
	private int points;
	private int ideaLimit;

	protected Vote() {
	}

	Vote(UUID sessionId, UUID ideaId, UUID participantId, Nomination nomination, int points, int ideaLimit) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.ideaId = ideaId;
		this.participantId = participantId;
		this.nomination = nomination;
		set(points, ideaLimit);
	}

	void set(int newPoints, int limit) {
		this.points = newPoints;
		this.ideaLimit = limit;
	}

	void moveTo(UUID otherIdeaId) {
		this.ideaId = otherIdeaId;
	}

	public UUID id() {
		return id;
	}

	public UUID ideaId() {
		return ideaId;
	}

	public UUID participantId() {
		return participantId;
	}

	public Nomination nomination() {
		return nomination;
	}

	public int points() {
		return points;
	}
}
