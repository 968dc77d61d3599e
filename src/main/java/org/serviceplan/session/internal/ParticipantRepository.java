package org.serviceplan.session.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	List<Participant> findBySessionIdOrderByJoinedAtAscIdAsc(UUID sessionId);

	Optional<Participant> findBySessionIdAndPersonId(UUID sessionId, UUID personId);

	/**
	 * The participant, locked until the transaction ends: their budget is summed over several vote rows, so two
	 * requests of the same participant must not both read the old total (VotingBudget).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Participant p where p.id = :id")
	Optional<Participant> lockedForVoting(UUID id);
}
