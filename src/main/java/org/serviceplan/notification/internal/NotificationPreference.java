package org.serviceplan.notification.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.shared.tenancy.TenantOwned;

/** How one person wants one kind of notification beyond the inbox: by e-mail or not, at once or daily. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends TenantOwned {

	@Id
	private UUID id;
	private UUID personId;
	@Enumerated(EnumType.STRING)
	private NotificationKind kind;
	private boolean email;
	private boolean digest;
	@Version
	private long version;

	protected NotificationPreference() {
	}

	NotificationPreference(UUID personId, NotificationKind kind) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.kind = kind;
		this.email = true;
	}

	/** Without a stored choice, e-mail goes out at once (when the server can send mail). */
	static NotificationPreference byDefault(UUID personId, NotificationKind kind) {
		return new NotificationPreference(personId, kind);
	}

	void choose(boolean email, boolean digest) {
		this.email = email;
		this.digest = email && digest;
	}

	UUID personId() {
		return personId;
	}

	public NotificationKind kind() {
		return kind;
	}

	public boolean email() {
		return email;
	}

	public boolean digest() {
		return digest;
	}

	boolean mailAtOnce() {
		return email && !digest;
	}
}
