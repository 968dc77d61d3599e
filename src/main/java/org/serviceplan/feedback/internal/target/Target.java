package org.serviceplan.feedback.internal.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/** "NPS ≥ 50 by 31.12": a metric, a side, a value and a due date, for the company or one touchpoint or segment. */
@Entity
@Table(name = "feedback_target")
@Audited
public class Target extends TenantOwned {

	@Id
	private UUID id;
	private String metric;
	@Enumerated(EnumType.STRING)
	private Comparison comparison;
	@Column(name = "goal")
	private BigDecimal value;
	private LocalDate dueDate;
	private UUID touchpointId;
	private String segment;
	@Version
	private long version;

	protected Target() {
	}

	Target(TargetDetails details) {
		this.id = UUID.randomUUID();
		apply(details);
	}

	void change(TargetDetails details, Long expectedVersion) {
		StaleRecord.check("target", expectedVersion, version);
		apply(details);
	}

	private void apply(TargetDetails d) {
		if (d.metric() == null || !TargetDetails.METRICS.contains(d.metric())) {
			throw new BusinessRuleViolation("metric", "dashboard.target.metric.unknown");
		}
		if (d.comparison() == null) {
			throw new BusinessRuleViolation("comparison", "validation.required");
		}
		if (d.value() == null) {
			throw new BusinessRuleViolation("value", "validation.required");
		}
		double low = "NPS".equals(d.metric()) ? -100 : 0;
		double high = "CES".equals(d.metric()) ? 7 : 100;
		if (d.value().doubleValue() < low || d.value().doubleValue() > high) {
			throw new BusinessRuleViolation("value", "dashboard.target.value.range", low, high);
		}
		if (d.dueDate() == null) {
			throw new BusinessRuleViolation("dueDate", "validation.required");
		}
		if (d.segment() != null && d.segment().length() > 200) {
			throw new BusinessRuleViolation("segment", "validation.tooLong", 200);
		}
		this.metric = d.metric();
		this.comparison = d.comparison();
		this.value = d.value();
		this.dueDate = d.dueDate();
		this.touchpointId = d.touchpointId();
		this.segment = d.segment() == null || d.segment().isBlank() ? null : d.segment().strip();
	}

	public TargetDetails details() {
		return new TargetDetails(metric, comparison, value, dueDate, touchpointId, segment);
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}
}
