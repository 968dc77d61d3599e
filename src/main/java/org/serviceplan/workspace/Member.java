package org.serviceplan.workspace;

import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import org.serviceplan.account.AccountId;

/** The caller as a member of the workspace in the URL; handlers take it as a parameter. */
public record Member(UUID workspaceId, String workspaceName, ZoneId timezone, Currency currency, UUID personId,
		AccountId accountId, String name, Role role) {

	public boolean can(Permission permission) {
		return permission.isGrantedTo(role);
	}
}
