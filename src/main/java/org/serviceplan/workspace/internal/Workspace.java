package org.serviceplan.workspace.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.serviceplan.shared.StaleRecord;

/** A company using ServicePlan. Its own row is not tenant-owned: membership decides who sees it. */
@Entity
@Table(name = "workspace")
@Audited
public class Workspace {

	public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Moscow");

	@Id
	private UUID id;
	private String name;
	private String industry;
	private String timezone;
	private String currency;
	@NotAudited
	private Instant createdAt;
	@Version
	private long version;

	protected Workspace() {
	}

	Workspace(WorkspaceDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(details);
	}

	void describe(WorkspaceDetails details, Long expectedVersion) {
		StaleRecord.check("workspace", expectedVersion, version);
		apply(details);
	}

	private void apply(WorkspaceDetails details) {
		this.name = details.name();
		this.industry = details.industry();
		this.timezone = details.timezone().getId();
		this.currency = details.currency().getCurrencyCode();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String industry() {
		return industry;
	}

	public ZoneId timezone() {
		return ZoneId.of(timezone);
	}

	public Currency currency() {
		return Currency.getInstance(currency);
	}

	public long version() {
		return version;
	}

	public WorkspaceDetails details() {
		return new WorkspaceDetails(name, industry, timezone(), currency());
	}
}
