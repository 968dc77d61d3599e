package org.serviceplan.workspace.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;
import org.serviceplan.workspace.Role;

/** Someone in the company: invited until they set a password, then active with their account. */
@Entity
@Table(name = "person")
@Audited
public class Person extends TenantOwned {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public enum Status {
		INVITED, ACTIVE
	}

	@Id
	private UUID id;
	@NotAudited
	private UUID accountId;
	private String name;
	private String email;
	@Enumerated(EnumType.STRING)
	private Role role;
	private UUID departmentId;
	private UUID positionId;
	@Enumerated(EnumType.STRING)
	private Status status;
	@NotAudited
	private Instant createdAt;
	@Version
	private long version;

	protected Person() {
	}

	Person(PersonDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.email = email(details.email());
		this.status = Status.INVITED;
		this.createdAt = now;
		apply(details);
	}

	static Person founder(String name, String email, UUID accountId, Instant now) {
		Person owner = new Person(new PersonDetails(name, email, Role.OWNER, null, null), now);
		owner.joined(accountId);
		return owner;
	}

	static String email(String value) {
		String email = Names.required("email", value, 320).toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(email).matches()) {
			throw new BusinessRuleViolation("email", "validation.email");
		}
		return email;
	}

	void update(PersonDetails details, Long expectedVersion) {
		StaleRecord.check("person", expectedVersion, version);
		apply(details);
	}

	private void apply(PersonDetails details) {
		this.name = Names.required("name", details.name(), 200);
		if (details.role() == null) {
			throw new BusinessRuleViolation("role", "validation.required");
		}
		this.role = details.role();
		this.departmentId = details.departmentId();
		this.positionId = details.positionId();
	}

	void joined(UUID account) {
		this.accountId = account;
		this.status = Status.ACTIVE;
	}

	public UUID id() {
		return id;
	}

	public Optional<UUID> accountId() {
		return Optional.ofNullable(accountId);
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public Role role() {
		return role;
	}

	public UUID departmentId() {
		return departmentId;
	}

	public UUID positionId() {
		return positionId;
	}

	public Status status() {
		return status;
	}

	public long version() {
		return version;
	}

	public PersonDetails details() {
		return new PersonDetails(name, email, role, departmentId, positionId);
	}
}
