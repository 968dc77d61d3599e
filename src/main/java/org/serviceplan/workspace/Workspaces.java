package org.serviceplan.workspace;

import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.account.AccountId;

/** What other modules may ask about workspaces and their people. */
public interface Workspaces {

	/** The workspaces the account belongs to, by name. */
	List<WorkspaceSummary> of(AccountId account);

	/** The account's membership in a workspace; empty when it is not a member (or the workspace does not exist). */
	Optional<Member> membership(AccountId account, UUID workspaceId);

	/** Whether a person of the current workspace exists (rules such as "the responsible belongs to the workspace"). */
	boolean hasPerson(UUID personId);

	/** The people of the current workspace, by name. */
	List<PersonSummary> people();

	record WorkspaceSummary(UUID id, String name, Role role) {
	}

	/** A person as other modules see them: enough to name, reach and check the role of. */
	record PersonSummary(UUID id, String name, String email, Role role, UUID departmentId) {
	}

	/**
	 * How to reach a person of the current workspace: name, email and, when they have an account, the
	 * language they chose (null when they have none yet). Empty when there is no such person.
	 */
	Optional<Contact> contact(UUID personId);

	record Contact(UUID personId, String name, String email, Locale locale) {
	}

	/** Every workspace's timezone, for jobs that run per workspace (their "today" is the workspace's day). */
	Map<UUID, ZoneId> timezones();

	/** Whether a department of the current workspace exists (rules such as "the owning department belongs here"). */
	boolean hasDepartment(UUID departmentId);

	/** The departments of the current workspace, by name (filters and pickers in other modules). */
	List<DepartmentSummary> departments();

	record DepartmentSummary(UUID id, String name) {
	}
}
