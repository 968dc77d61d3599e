package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A customer as the company's CRM knows them: a reference, a segment, the first and the last purchase and the
 * revenue so far. Replaced as a whole by each import (the CRM is the source), so not kept in history.
 */
@Entity
@Table(name = "feedback_customer")
public class Customer extends TenantOwned {

	@Id
	private UUID id;
	private String ref;
	private String segment;
	private LocalDate firstPurchase;
	private LocalDate lastPurchase;
	private BigDecimal revenue;
	@Version
	private long version;

	protected Customer() {
	}

	Customer(CustomerRow row) {
		this.id = UUID.randomUUID();
		this.ref = row.ref();
		this.segment = row.segment();
		this.firstPurchase = row.firstPurchase();
		this.lastPurchase = row.lastPurchase();
		this.revenue = row.revenue();
	}

	public CustomerRow row() {
		return new CustomerRow(ref, segment, firstPurchase, lastPurchase, revenue);
	}
}
