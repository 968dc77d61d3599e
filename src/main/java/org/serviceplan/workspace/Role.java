package org.serviceplan.workspace;

/** What a person does in a workspace (domain.md, "Who uses it"). */
public enum Role {
	OWNER, EXECUTIVE, SERVICE_HEAD, EMPLOYEE, AUDITOR, FACILITATOR;

	/** Roles this role may hand out when inviting or editing people. */
	public boolean mayGrant(Role other) {
		return switch (this) {
			case OWNER -> true;
			case SERVICE_HEAD -> other == EMPLOYEE || other == AUDITOR || other == FACILITATOR || other == SERVICE_HEAD;
			default -> false;
		};
	}
}
