package org.serviceplan.calendar.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

	Optional<CalendarFeed> findByPersonId(UUID personId);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarFeed f where f.personId = :personId")
	int deleteByPerson(UUID personId);
}
