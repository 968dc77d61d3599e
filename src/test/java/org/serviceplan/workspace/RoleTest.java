package org.serviceplan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RoleTest {

	@Test
	void ownerMayGrantEveryRole() {
		assertThat(Arrays.stream(Role.values())).allMatch(Role.OWNER::mayGrant);
	}

	@Test
	void serviceHeadCannotGrantOwnerOrExecutive() {
		assertThat(Role.SERVICE_HEAD.mayGrant(Role.OWNER)).isFalse();
		assertThat(Role.SERVICE_HEAD.mayGrant(Role.EXECUTIVE)).isFalse();
		assertThat(Role.SERVICE_HEAD.mayGrant(Role.EMPLOYEE)).isTrue();
		assertThat(Role.SERVICE_HEAD.mayGrant(Role.AUDITOR)).isTrue();
	}

	@Test
	void employeesAuditorsAndFacilitatorsGrantNothing() {
		for (Role role : new Role[] { Role.EMPLOYEE, Role.AUDITOR, Role.FACILITATOR, Role.EXECUTIVE }) {
			assertThat(Arrays.stream(Role.values())).noneMatch(role::mayGrant);
		}
	}

	@Test
	void onlyOwnersAndExecutivesSeeHistory() {
		assertThat(Permission.VIEW_HISTORY.roles()).containsExactlyInAnyOrder(Role.OWNER, Role.EXECUTIVE);
	}

	@Test
	void ownersAndServiceHeadsInvitePeople() {
		assertThat(Permission.INVITE_PEOPLE.roles()).containsExactlyInAnyOrder(Role.OWNER, Role.SERVICE_HEAD);
	}

	@Test
	void everyRoleSeesItsWorkspace() {
		assertThat(Permission.VIEW_WORKSPACE.roles()).containsExactlyInAnyOrder(Role.values());
	}
}
