package org.serviceplan.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	Page<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(UUID recipientId, Pageable page);

	Page<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(UUID recipientId, Pageable page);

	Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipientId);

	long countByRecipientIdAndReadAtIsNull(UUID recipientId);

	List<Notification> findByRecipientIdAndKindInAndReadAtIsNullAndMailedAtIsNullOrderByCreatedAt(UUID recipientId,
			Collection<NotificationKind> kinds);

	/** Takes a notification for a mail: 0 when it is already taken (by another instance, say). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.mailedAt = :now where n.id = :id and n.mailedAt is null")
	int claimForMail(UUID id, Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.mailedAt = null where n.id in :ids")
	int release(Collection<UUID> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int readAll(UUID recipientId, Instant now);
}
