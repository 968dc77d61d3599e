package org.serviceplan.session.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StrategicSessionRepository extends JpaRepository<StrategicSession, UUID> {

	List<StrategicSession> findAllByOrderByCreatedAtDesc();

	/**
	 * The session, shared-locked: votes of many participants run side by side under it, while a step that changes
	 * what votes mean (closing voting, merging, hiding) waits for them and they wait for it.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select s from StrategicSession s where s.id = :id")
	Optional<StrategicSession> sharedForVoting(UUID id);

	/** The session, locked until the transaction ends (see {@link #sharedForVoting}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StrategicSession s where s.id = :id")
	Optional<StrategicSession> lockedForChange(UUID id);
}
