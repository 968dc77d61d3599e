package org.serviceplan.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A dated interim review inside the plan's period (контрольная точка); the lead closes it with a comment. */
@Entity
@Table(name = "plan_checkpoint")
@Audited
public class Checkpoint extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_id")
	private ServicePlan plan;
	private LocalDate date;
	private String title;
	private Instant closedAt;
	private UUID closedBy;
	private String closingComment;
	@Version
	private long version;

	protected Checkpoint() {
	}

	Checkpoint(ServicePlan plan, LocalDate date, String title) {
		this.id = UUID.randomUUID();
		this.plan = plan;
		reschedule(date, title);
	}

	void reschedule(LocalDate newDate, String newTitle) {
		if (newDate == null) {
			throw new BusinessRuleViolation("date", "validation.required");
		}
		if (!plan.period().contains(newDate)) {
			throw new BusinessRuleViolation("date", "plan.checkpoint.outsidePeriod");
		}
		this.date = newDate;
		this.title = Texts.required("title", newTitle, 200);
	}

	void close(UUID by, String comment, Instant now) {
		if (closedAt != null) {
			throw new BusinessRuleViolation(null, "plan.checkpoint.alreadyClosed");
		}
		this.closingComment = Texts.required("comment", comment, 4000);
		this.closedBy = by;
		this.closedAt = now;
	}

	public UUID id() {
		return id;
	}

	public LocalDate date() {
		return date;
	}

	public String title() {
		return title;
	}

	public boolean isClosed() {
		return closedAt != null;
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

	public UUID closedBy() {
		return closedBy;
	}

	public String closingComment() {
		return closingComment;
	}

	public long version() {
		return version;
	}
}
