package org.serviceplan.journey.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyRepository extends JpaRepository<Journey, UUID> {

	List<Journey> findAllByOrderByTitleAsc();
}
