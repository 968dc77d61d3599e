package org.serviceplan.workspace;

import static org.serviceplan.workspace.Role.AUDITOR;
import static org.serviceplan.workspace.Role.EMPLOYEE;
import static org.serviceplan.workspace.Role.EXECUTIVE;
import static org.serviceplan.workspace.Role.FACILITATOR;
import static org.serviceplan.workspace.Role.OWNER;
import static org.serviceplan.workspace.Role.SERVICE_HEAD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The permission matrix: every workspace route names one of these with {@link Requires}, and this is the
 * only place that says which roles hold it. {@code docs/security.md} is generated from it by a test.
 */
public enum Permission {

	VIEW_WORKSPACE(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	EDIT_WORKSPACE(OWNER),
	VIEW_ORGANIZATION(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	MANAGE_DEPARTMENTS(OWNER, EXECUTIVE, SERVICE_HEAD),
	MANAGE_POSITIONS(OWNER, EXECUTIVE, SERVICE_HEAD),
	INVITE_PEOPLE(OWNER, SERVICE_HEAD),
	MANAGE_PEOPLE(OWNER, SERVICE_HEAD),
	VIEW_HISTORY(OWNER, EXECUTIVE),
	VIEW_PLANS(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	EDIT_PLANS(OWNER, EXECUTIVE, SERVICE_HEAD),
	APPROVE_PLANS(OWNER),
	REPORT_PROGRESS(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	VIEW_JOURNEYS(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	EDIT_JOURNEYS(OWNER, EXECUTIVE, SERVICE_HEAD, FACILITATOR),
	VIEW_FEEDBACK(OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR),
	INGEST_FEEDBACK(OWNER, EXECUTIVE, SERVICE_HEAD),
	MANAGE_METRICS(OWNER, EXECUTIVE, SERVICE_HEAD),
	MANAGE_SURVEYS(OWNER, EXECUTIVE, SERVICE_HEAD);

	private final Set<Role> roles;

	Permission(Role first, Role... rest) {
		this.roles = EnumSet.of(first, rest);
	}

	public boolean isGrantedTo(Role role) {
		return roles.contains(role);
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}
}
