package org.serviceplan.feedback.internal.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

	List<Survey> findAllByOrderByNameAsc();

	/** Across workspaces when called as root: the public page knows only the code. */
	Optional<Survey> findByCode(String code);

	boolean existsByCode(String code);
}
