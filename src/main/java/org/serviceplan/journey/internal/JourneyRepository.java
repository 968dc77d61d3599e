package org.serviceplan.journey.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JourneyRepository extends JpaRepository<Journey, UUID> {

	List<Journey> findAllByOrderByTitleAsc();

	/**
	 * The journey, locked until the transaction ends: adds, removals and moves renumber positions, so two of
	 * them on the same map run one after the other, each on the positions the other left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select j from Journey j where j.id = :id")
	Optional<Journey> lockedForChange(UUID id);
}
