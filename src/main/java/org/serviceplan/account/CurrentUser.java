package org.serviceplan.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security keeps it in the (database-backed) session. Roles are per
 * workspace and are looked up on each request, so nothing here goes stale when an owner changes them.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;
	private final String email;
	private final String name;
	private final boolean locked;
	private String passwordHash;

	public CurrentUser(UUID accountId, String email, String name, String passwordHash, boolean locked) {
		this.accountId = accountId;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.locked = locked;
	}

	/** The same login under a new name, so the page header follows a rename without logging in again. */
	public CurrentUser renamed(String newName) {
		return new CurrentUser(accountId, email, newName, passwordHash, locked);
	}

	public AccountId accountId() {
		return new AccountId(accountId);
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
