package org.serviceplan.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * One message in one person's inbox. The text is kept as a message key with arguments and as data (JSON
 * entries), never as rendered words, so each reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

	@Id
	private UUID id;
	private UUID recipientId;
	@Enumerated(EnumType.STRING)
	private NotificationKind kind;
	private UUID actorId;
	private String titleKey;
	private String titleArgs;
	private String entries;
	private String link;
	private Instant createdAt;
	private Instant readAt;
	private Instant mailedAt;

	protected Notification() {
	}

	Notification(UUID recipientId, NotificationKind kind, UUID actorId, String titleKey, String titleArgs,
			String entries, String link, Instant now) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.kind = kind;
		this.actorId = actorId;
		this.titleKey = titleKey;
		this.titleArgs = titleArgs;
		this.entries = entries;
		this.link = link;
		this.createdAt = now;
	}

	/** Reading twice keeps the first time. */
	void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	void mailed(Instant now) {
		mailedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID recipientId() {
		return recipientId;
	}

	public NotificationKind kind() {
		return kind;
	}

	public UUID actorId() {
		return actorId;
	}

	String titleKey() {
		return titleKey;
	}

	String titleArgs() {
		return titleArgs;
	}

	String entries() {
		return entries;
	}

	/** The page the notification is about, relative to the application (starts with {@code /w/}). */
	public String link() {
		return link;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant readAt() {
		return readAt;
	}

	public boolean isUnread() {
		return readAt == null;
	}

	public Instant mailedAt() {
		return mailedAt;
	}
}
