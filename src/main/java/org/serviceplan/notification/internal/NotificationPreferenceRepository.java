package org.serviceplan.notification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, UUID> {

	Optional<NotificationPreference> findByPersonIdAndKind(UUID personId, NotificationKind kind);

	List<NotificationPreference> findByPersonId(UUID personId);

	List<NotificationPreference> findByEmailTrueAndDigestTrue();
}
