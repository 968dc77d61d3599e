package org.serviceplan.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Accounts of people who log in. Passwords and tokens never leave this module in clear or hashed form. */
public interface Accounts {

	/** Creates an account, or fails with a rule violation when the email is taken or the password is weak. */
	AccountView register(String email, String name, String rawPassword, Locale locale);

	/** The account with this email, created with the given password if there is none yet (start-up accounts). */
	AccountView ensure(String email, String name, String rawPassword, Locale locale);

	Optional<AccountView> findByEmail(String email);

	AccountView get(AccountId id);

	/** Checks a password for a person joining with an account they already have. */
	boolean passwordMatches(AccountId id, String rawPassword);

	void rename(AccountId id, String name);

	/** Changes the password; every other session of the account is logged out by the caller. */
	void changePassword(AccountId id, String currentPassword, String newPassword);

	void speak(AccountId id, Locale locale);

	void openedWorkspace(AccountId id, UUID workspaceId);

	IssuedToken issueToken(AccountId id, String name);

	List<TokenView> tokens(AccountId id);

	void revokeToken(AccountId id, UUID tokenId);

	record AccountView(AccountId id, String email, String name, Locale locale, Optional<UUID> lastWorkspace) {
	}

	/** A new token: {@code token} is shown to its owner once and never stored. */
	record IssuedToken(UUID id, String name, String token, Instant createdAt) {
	}

	record TokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt) {
	}
}
