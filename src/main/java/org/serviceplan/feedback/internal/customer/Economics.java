package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * What a company tells about its business for churn and LTV: the gross margin (the share of revenue left after
 * the cost of what was sold) and how long without a purchase makes a customer lost.
 */
@Entity
@Table(name = "feedback_economics")
public class Economics extends TenantOwned {

	/** Until the company says otherwise: a customer not seen for half a year is lost. */
	public static final int DEFAULT_INACTIVITY_DAYS = 180;
	public static final BigDecimal DEFAULT_MARGIN = new BigDecimal("30");

	@Id
	private UUID id;
	private BigDecimal grossMargin;
	private int inactivityDays;
	@Version
	private long version;

	protected Economics() {
	}

	Economics(BigDecimal grossMargin, int inactivityDays) {
		this.id = UUID.randomUUID();
		state(grossMargin, inactivityDays);
	}

	void state(BigDecimal newMargin, int newInactivityDays, Long expectedVersion) {
		StaleRecord.check("economics", expectedVersion, version);
		state(newMargin, newInactivityDays);
	}

	private void state(BigDecimal newMargin, int newInactivityDays) {
		if (newMargin == null) {
			throw new BusinessRuleViolation("grossMargin", "validation.required");
		}
		if (newMargin.signum() < 0 || newMargin.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new BusinessRuleViolation("grossMargin", "dashboard.economics.margin.range");
		}
		if (newInactivityDays < 1 || newInactivityDays > 3650) {
			throw new BusinessRuleViolation("inactivityDays", "dashboard.economics.inactivity.range");
		}
		this.grossMargin = newMargin;
		this.inactivityDays = newInactivityDays;
	}

	public BigDecimal grossMargin() {
		return grossMargin;
	}

	public int inactivityDays() {
		return inactivityDays;
	}

	public long version() {
		return version;
	}
}
