package org.serviceplan.feedback.internal.customer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EconomicsRepository extends JpaRepository<Economics, UUID> {

	/** The workspace's one row, if it has stated its economics. */
	Optional<Economics> findFirstBy();
}
