package org.serviceplan.workspace.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByCodeHash(String codeHash);

	List<Invitation> findByPersonId(UUID personId);
}
