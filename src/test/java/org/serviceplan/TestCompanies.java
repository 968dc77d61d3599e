package org.serviceplan;

import java.util.Locale;
import java.util.UUID;

import org.serviceplan.account.AccountId;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.internal.JpaWorkspaces;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.internal.WorkspaceDetails;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds companies with people in them for integration tests, through the same services the app uses.
 * Every company and email is unique, so tests never collide on a shared database.
 */
@TestComponent
public class TestCompanies {

	public static final String PASSWORD = "test-password-1";
	private static final Locale RU = Locale.forLanguageTag("ru");

	private final Accounts accounts;
	private final JpaWorkspaces workspaces;
	private final Workspaces directory;
	private final Staffing staffing;

	TestCompanies(Accounts accounts, JpaWorkspaces workspaces, Staffing staffing) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.directory = workspaces;
		this.staffing = staffing;
	}

	/** A new company whose owner has a fresh account. */
	public Company company(String name) {
		String email = "owner-" + UUID.randomUUID() + "@test.serviceplan";
		var owner = accounts.register(email, "Владелец " + name, PASSWORD, RU);
		UUID id = workspaces.create(owner.id(), WorkspaceDetails.named(name)).id();
		return new Company(this, id, user(owner.id()));
	}

	/** A person with the given role who has joined the company with their own account. */
	public CurrentUser join(Company company, Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@test.serviceplan";
		Member owner = member(company.id(), company.owner());
		var invited = TenantContext.inWorkspace(company.id(),
				() -> staffing.invite(owner, new PersonDetails("Сотрудник " + role, email, role, null, null), RU));
		var account = staffing.accept(invited.code(), PASSWORD, null, RU);
		return user(account.id());
	}

	public Member member(UUID workspaceId, CurrentUser user) {
		return directory.membership(user.accountId(), workspaceId).orElseThrow();
	}

	public String token(CurrentUser user) {
		return accounts.issueToken(user.accountId(), "test").token();
	}

	private CurrentUser user(AccountId id) {
		var account = accounts.get(id);
		return new CurrentUser(id.value(), account.email(), account.name(), null, false);
	}

	public record Company(TestCompanies companies, UUID id, CurrentUser owner) {

		public CurrentUser join(Role role) {
			return companies.join(this, role);
		}

		public Member ownerMember() {
			return companies.member(id, owner);
		}
	}
}
