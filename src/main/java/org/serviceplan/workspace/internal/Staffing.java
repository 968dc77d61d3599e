package org.serviceplan.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.account.Accounts.AccountView;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.SecretCode;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.InvitationClosed;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** People of the current workspace: inviting, editing, removing, and joining by invitation. */
@Service
@Transactional
public class Staffing {

	private final PersonRepository people;
	private final InvitationRepository invitations;
	private final DepartmentRepository departments;
	private final JobPositionRepository positions;
	private final WorkspaceRepository workspaces;
	private final OrgChart orgChart;
	private final Accounts accounts;
	private final InvitationMail mail;
	private final WorkspaceProperties properties;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Staffing(PersonRepository people, InvitationRepository invitations, DepartmentRepository departments,
			JobPositionRepository positions, WorkspaceRepository workspaces, OrgChart orgChart, Accounts accounts,
			InvitationMail mail, WorkspaceProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.people = people;
		this.invitations = invitations;
		this.departments = departments;
		this.positions = positions;
		this.workspaces = workspaces;
		this.orgChart = orgChart;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Person> people() {
		return people.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public Person person(UUID id) {
		return people.findById(id).orElseThrow(() -> new RecordNotFound("person", id));
	}

	@Transactional(readOnly = true)
	public Optional<Instant> openInvitationExpiry(UUID personId) {
		Instant now = clock.instant();
		return invitations.findByPersonId(personId).stream().filter(i -> i.isOpenAt(now)).map(Invitation::expiresAt).findFirst();
	}

	/** Adds a person and gives them a link to join; the link is mailed when SMTP is configured. */
	public Invited invite(Member inviter, PersonDetails details, Locale locale) {
		mayGrant(inviter, details.role());
		String email = Person.email(details.email());
		if (people.findByEmail(email).isPresent()) {
			throw new BusinessRuleViolation("email", "person.emailTaken", email);
		}
		checkPlacement(details);
		Person person = people.save(new Person(details, clock.instant()));
		return issueInvitation(inviter, person, locale);
	}

	/**
	 * Invites by job title, as the API does: a title the company does not have yet becomes a new position,
	 * in the same transaction, so a refused invitation leaves no position behind.
	 */
	public Invited invite(Member inviter, PersonDetails details, String positionTitle, Locale locale) {
		return invite(inviter, titled(details, positionTitle), locale);
	}

	/** A fresh link for someone who has not joined yet; older links stop working. */
	public Invited reinvite(Member inviter, UUID personId, Locale locale) {
		Person person = person(personId);
		if (person.status() != Person.Status.INVITED) {
			throw new BusinessRuleViolation(null, "person.alreadyJoined", person.name());
		}
		mayGrant(inviter, person.role());
		Instant now = clock.instant();
		invitations.findByPersonId(personId).forEach(i -> i.withdraw(now));
		return issueInvitation(inviter, person, locale);
	}

	public Person update(Member actor, UUID personId, PersonDetails details, Long expectedVersion) {
		Person person = person(personId);
		mayGrant(actor, person.role());
		mayGrant(actor, details.role());
		if (person.role() == Role.OWNER && details.role() != Role.OWNER) {
			keepAnOwner(person);
		}
		checkPlacement(details);
		person.update(new PersonDetails(details.name(), person.email(), details.role(), details.departmentId(),
				details.positionId()), expectedVersion);
		return person;
	}

	/** Edits with a job title instead of a position id: a blank title takes the position away. */
	public Person update(Member actor, UUID personId, PersonDetails details, String positionTitle,
			Long expectedVersion) {
		return update(actor, personId, titled(details, positionTitle), expectedVersion);
	}

	public void remove(Member actor, UUID personId) {
		Person person = person(personId);
		mayGrant(actor, person.role());
		if (person.role() == Role.OWNER) {
			keepAnOwner(person);
		}
		people.delete(person);
	}

	/** What the invitation page shows before the person sets a password. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public InvitationPreview preview(String code) {
		Invitation invitation = openInvitation(code);
		return TenantContext.inWorkspace(invitation.workspaceId(), () -> transaction.execute(status -> {
			Person person = person(invitation.personId());
			return new InvitationPreview(invitation.workspaceId(),
					workspaces.findById(invitation.workspaceId()).orElseThrow().name(),
					person.name(), person.email(), accounts.findByEmail(person.email()).isPresent());
		}));
	}

	/**
	 * Joins the invited person: a new account with this password, or, when the email already has an
	 * account (a consultant serving several companies), that account after checking its password.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AccountView accept(String code, String password, String name, Locale locale) {
		Invitation found = openInvitation(code);
		SecurityContext visitor = SecurityContextHolder.getContext();
		try {
			return TenantContext.inWorkspace(found.workspaceId(), () -> transaction.execute(status -> {
				Invitation invitation = invitations.findById(found.id()).orElseThrow(InvitationClosed::new);
				if (!invitation.isOpenAt(clock.instant())) {
					throw new InvitationClosed();
				}
				Person person = person(invitation.personId());
				AccountView account = accounts.findByEmail(person.email()).map(existing -> {
					if (!accounts.passwordMatches(existing.id(), password)) {
						throw new BusinessRuleViolation("password", "invitation.wrongPassword");
					}
					return existing;
				}).orElseGet(() -> accounts.register(person.email(),
						name == null || name.isBlank() ? person.name() : name, password, locale));
				person.joined(account.id().value());
				invitation.accept(clock.instant());
				// Nobody is logged in yet: the history names the person who joined as the author of it.
				SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
					.authenticated(new CurrentUser(account.id().value(), account.email(), account.name(), null, false), null,
							List.of())));
				return account;
			}));
		}
		finally {
			SecurityContextHolder.setContext(visitor);
		}
	}

	private Invitation openInvitation(String code) {
		String hash = SecretCode.hash(code == null ? "" : code);
		Invitation invitation = TenantContext.asRoot(() -> transaction.execute(status -> invitations.findByCodeHash(hash)))
			.orElseThrow(() -> new RecordNotFound("invitation", "code"));
		if (!invitation.isOpenAt(clock.instant())) {
			throw new InvitationClosed();
		}
		return invitation;
	}

	private Invited issueInvitation(Member inviter, Person person, Locale locale) {
		String code = SecretCode.generate(24);
		Instant now = clock.instant();
		Invitation invitation = invitations.save(new Invitation(person.id(), SecretCode.hash(code), inviter.personId(), now,
				now.plus(properties.invitation().validFor())));
		Invited invited = new Invited(person, code, properties.link("/invitations/" + code), invitation.expiresAt(), false);
		boolean mailed = mail.send(invited, inviter.workspaceName(), inviter.name(), inviter.timezone(), locale);
		return new Invited(person, code, invited.url(), invited.expiresAt(), mailed);
	}

	private void mayGrant(Member actor, Role role) {
		if (role != null && !actor.role().mayGrant(role)) {
			// the role's name in the reader's language, not the enum constant
			throw new BusinessRuleViolation("role", "person.role.notAllowed",
					new DefaultMessageSourceResolvable("role." + role.name()));
		}
	}

	private void keepAnOwner(Person person) {
		if (people.countByRole(Role.OWNER) <= 1) {
			throw new BusinessRuleViolation("role", "person.lastOwner", person.name());
		}
	}

	private PersonDetails titled(PersonDetails details, String positionTitle) {
		if (positionTitle == null) {
			return details;
		}
		UUID positionId;
		try {
			positionId = positionTitle.isBlank() ? null : orgChart.positionNamed(positionTitle).id();
		}
		catch (BusinessRuleViolation e) {
			// the title is the person's "position" field here, not a position's "name"
			throw new BusinessRuleViolation("position", e.messageKey(), e.arguments());
		}
		return new PersonDetails(details.name(), details.email(), details.role(), details.departmentId(), positionId);
	}

	private void checkPlacement(PersonDetails details) {
		if (details.departmentId() != null && !departments.existsById(details.departmentId())) {
			throw new BusinessRuleViolation("departmentId", "department.unknown");
		}
		if (details.positionId() != null && !positions.existsById(details.positionId())) {
			throw new BusinessRuleViolation("positionId", "position.unknown");
		}
	}

	/** A person just invited, with the link that is shown to the inviter once. */
	public record Invited(Person person, String code, String url, Instant expiresAt, boolean mailed) {
	}

	public record InvitationPreview(UUID workspaceId, String workspaceName, String personName, String email, boolean hasAccount) {
	}
}
