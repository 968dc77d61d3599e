package org.serviceplan.account;

import java.io.Serial;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A visitor without an account let into one thing of one workspace (a strategic session joined with its code).
 * The UI chain lets a pass reach only the guest routes ({@code /guest/**}); the module that issued it checks on
 * every request that the thing is still open and is the one in the URL, so a pass dies with what it opened.
 */
public final class GuestAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String AUTHORITY = "ROLE_GUEST";

	private final UUID workspaceId;
	private final UUID scopeId;
	private final UUID participantId;
	private final String displayName;
	private final String token;

	public GuestAuthentication(UUID workspaceId, UUID scopeId, UUID participantId, String displayName, String token) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.workspaceId = workspaceId;
		this.scopeId = scopeId;
		this.participantId = participantId;
		this.displayName = displayName;
		this.token = token;
		setAuthenticated(true);
	}

	public UUID workspaceId() {
		return workspaceId;
	}

	/** The one record the pass opens (the session's id). */
	public UUID scopeId() {
		return scopeId;
	}

	public UUID participantId() {
		return participantId;
	}

	public String displayName() {
		return displayName;
	}

	/** The secret the guest was given at the door; checked again on every request. */
	public String token() {
		return token;
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return displayName;
	}
}
