package org.serviceplan.feedback.internal.series;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesPointRepository extends JpaRepository<SeriesPoint, UUID> {

	List<SeriesPoint> findByNameInOrderByDay(Collection<String> names);

	List<SeriesPoint> findAllByOrderByNameAscDayAsc();
}
