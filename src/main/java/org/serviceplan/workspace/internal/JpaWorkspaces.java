package org.serviceplan.workspace.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.account.AccountId;
import org.serviceplan.account.Accounts;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
public class JpaWorkspaces implements Workspaces {

	private final WorkspaceRepository workspaces;
	private final PersonRepository people;
	private final DepartmentRepository departments;
	private final Accounts accounts;
	private final TransactionTemplate transaction;
	private final Clock clock;

	JpaWorkspaces(WorkspaceRepository workspaces, PersonRepository people, DepartmentRepository departments, Accounts accounts,
			PlatformTransactionManager transactions, Clock clock) {
		this.workspaces = workspaces;
		this.people = people;
		this.departments = departments;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<WorkspaceSummary> of(AccountId account) {
		return TenantContext.asRoot(() -> transaction.execute(status -> people.findByAccountId(account.value())
			.stream()
			.map(p -> new WorkspaceSummary(p.workspaceId(), workspaces.findById(p.workspaceId()).orElseThrow().name(),
					p.role()))
			.sorted(Comparator.comparing(WorkspaceSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList()));
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Member> membership(AccountId account, UUID workspaceId) {
		return TenantContext.inWorkspace(workspaceId, () -> transaction.execute(status -> people
			.findByAccountId(account.value())
			.stream()
			.findFirst()
			.flatMap(person -> workspaces.findById(workspaceId)
				.map(ws -> new Member(ws.id(), ws.name(), ws.timezone(), ws.currency(), person.id(), account,
						person.name(), person.role())))));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasPerson(UUID personId) {
		return personId != null && people.existsById(personId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonSummary> people() {
		return people.findAllByOrderByName()
			.stream()
			.map(p -> new PersonSummary(p.id(), p.name(), p.email(), p.role(), p.departmentId()))
			.toList();
	}

	/** A new company; whoever creates it is its owner. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Workspace create(AccountId creator, WorkspaceDetails details) {
		var account = accounts.get(creator);
		Workspace workspace = transaction.execute(status -> workspaces.save(new Workspace(details, clock.instant())));
		TenantContext.inWorkspace(workspace.id(), () -> transaction.executeWithoutResult(status -> people
			.save(Person.founder(account.name(), account.email(), creator.value(), clock.instant()))));
		return workspace;
	}

	@Transactional(readOnly = true)
	public Workspace get(UUID id) {
		return workspaces.findById(id).orElseThrow(() -> new RecordNotFound("workspace", id));
	}

	public Workspace describe(UUID id, WorkspaceDetails details, Long expectedVersion) {
		Workspace workspace = get(id);
		workspace.describe(details, expectedVersion);
		return workspace;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Contact> contact(UUID personId) {
		return people.findById(personId)
			.map(p -> new Contact(p.id(), p.name(), p.email(),
					p.accountId().map(account -> accounts.get(new AccountId(account)).locale()).orElse(null)));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ZoneId> timezones() {
		return workspaces.findAll().stream().collect(Collectors.toMap(Workspace::id, Workspace::timezone));
	}

	@Override
	public boolean hasDepartment(UUID departmentId) {
		return departmentId != null && departments.existsById(departmentId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DepartmentSummary> departments() {
		return departments.findAllByOrderByName().stream().map(d -> new DepartmentSummary(d.id(), d.name())).toList();
	}
}
