package org.serviceplan.plan.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedTemplateRepository extends JpaRepository<SavedTemplate, UUID> {

	List<SavedTemplate> findAllByOrderByName();
}
