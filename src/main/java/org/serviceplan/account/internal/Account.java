package org.serviceplan.account.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.BusinessRuleViolation;

@Entity
@Table(name = "account")
public class Account {

	private static final int MAX_NAME = 200;

	@Id
	private UUID id;
	private String email;
	private String name;
	private String passwordHash;
	private String locale;
	private UUID lastWorkspaceId;
	private int failedLogins;
	private Instant lockedUntil;
	private Instant passwordChangedAt;
	private Instant createdAt;
	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String name, String passwordHash, Locale locale, Instant now) {
		this.id = UUID.randomUUID();
		this.email = normalize(email);
		this.name = validName(name);
		this.passwordHash = passwordHash;
		this.locale = locale.getLanguage();
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	private static String validName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "validation.required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new BusinessRuleViolation("name", "validation.tooLong", MAX_NAME);
		}
		return name.strip();
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String name() {
		return name;
	}

	Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	Optional<UUID> lastWorkspace() {
		return Optional.ofNullable(lastWorkspaceId);
	}

	Optional<Instant> lockedUntil() {
		return Optional.ofNullable(lockedUntil);
	}

	int failedLogins() {
		return failedLogins;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean hasPassword() {
		return passwordHash != null;
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(id, email, name, passwordHash, isLockedAt(now));
	}

	void rename(String newName) {
		this.name = validName(newName);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void speak(Locale newLocale) {
		this.locale = newLocale.getLanguage();
	}

	void openedWorkspace(UUID workspaceId) {
		this.lastWorkspaceId = workspaceId;
	}

	void failedToLogIn(LoginThrottle throttle, Instant now) {
		failedLogins++;
		lockedUntil = throttle.lockAfter(failedLogins, now).orElse(lockedUntil);
	}

	void loggedIn() {
		failedLogins = 0;
		lockedUntil = null;
	}
}
