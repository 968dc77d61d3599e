package org.serviceplan.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.notification.NotificationKind;
import org.serviceplan.shared.RecordNotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's inbox in the current workspace. Everything here is asked for by the reader's own person id,
 * so nobody reaches another person's notifications, even inside one workspace.
 */
@Service
@Transactional
public class Inbox {

	public static final int PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;

	private final NotificationRepository notifications;
	private final NotificationPreferenceRepository preferences;
	private final Clock clock;

	Inbox(NotificationRepository notifications, NotificationPreferenceRepository preferences, Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.clock = clock;
	}

	/** Newest first; {@code page} counts from 0. */
	@Transactional(readOnly = true)
	public Page<Notification> of(UUID personId, boolean unreadOnly, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
		return unreadOnly ? notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(personId, request)
				: notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(personId, request);
	}

	@Transactional(readOnly = true)
	public long unreadCount(UUID personId) {
		return notifications.countByRecipientIdAndReadAtIsNull(personId);
	}

	@Transactional(readOnly = true)
	public Notification get(UUID personId, UUID notificationId) {
		return notifications.findByIdAndRecipientId(notificationId, personId)
			.orElseThrow(() -> new RecordNotFound("notification", notificationId));
	}

	public Notification read(UUID personId, UUID notificationId) {
		Notification notification = get(personId, notificationId);
		notification.read(clock.instant());
		return notification;
	}

	/** @return how many were unread */
	public int readAll(UUID personId) {
		return notifications.readAll(personId, clock.instant());
	}

	/** Every kind with the person's choice, or the default where they have made none. */
	@Transactional(readOnly = true)
	public List<NotificationPreference> preferences(UUID personId) {
		Map<NotificationKind, NotificationPreference> chosen = preferences.findByPersonId(personId)
			.stream()
			.collect(Collectors.toMap(NotificationPreference::kind, Function.identity()));
		return Arrays.stream(NotificationKind.values())
			.map(kind -> chosen.getOrDefault(kind, NotificationPreference.byDefault(personId, kind)))
			.toList();
	}

	public void choose(UUID personId, NotificationKind kind, boolean email, boolean digest) {
		NotificationPreference preference = preferences.findByPersonIdAndKind(personId, kind)
			.orElseGet(() -> preferences.save(new NotificationPreference(personId, kind)));
		preference.choose(email, digest);
	}

	NotificationPreference preference(UUID personId, NotificationKind kind) {
		return preferences.findByPersonIdAndKind(personId, kind)
			.orElseGet(() -> NotificationPreference.byDefault(personId, kind));
	}

	List<Notification> deliver(List<Notification> batch) {
		return notifications.saveAll(batch);
	}

	/** Who wants a daily digest of what kinds, across all workspaces (call as root). */
	List<NotificationPreference> digestSubscriptions() {
		return preferences.findByEmailTrueAndDigestTrue();
	}

	/**
	 * Unread notifications of these kinds not mailed yet, oldest first, each taken for this mail so that
	 * another instance running the same job at the same time does not mail them too.
	 */
	List<Notification> claimForDigest(UUID personId, Collection<NotificationKind> kinds) {
		Instant now = clock.instant();
		return notifications.findByRecipientIdAndKindInAndReadAtIsNullAndMailedAtIsNullOrderByCreatedAt(personId, kinds)
			.stream()
			.filter(n -> notifications.claimForMail(n.id(), now) == 1)
			.toList();
	}

	/** A mail that did not go out: its notifications wait for the next one. */
	void release(Collection<UUID> notificationIds) {
		notifications.release(notificationIds);
	}

	void mailed(UUID notificationId) {
		notifications.findById(notificationId).ifPresent(n -> n.mailed(clock.instant()));
	}
}
