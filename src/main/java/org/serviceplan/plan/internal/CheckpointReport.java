package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * What a responsible person reports on a task at a checkpoint: progress in percent (assessment is in
 * percent, not good/bad — seed 004), the result so far, a deviation with its reason, next steps.
 */
@Entity
@Table(name = "plan_report")
public class CheckpointReport extends TenantOwned {

	@Id
	private UUID id;
	private UUID planId;
	private UUID checkpointId;
	private UUID taskId;
	private UUID authorId;
	private int progress;
	private String result;
	private String deviation;
	private String nextSteps;
	private BigDecimal spentAmount;
	private Instant filedAt;
	@Version
	private long version;

	protected CheckpointReport() {
	}

	public CheckpointReport(UUID planId, UUID checkpointId, UUID taskId, UUID authorId, ReportDetails details,
			Instant now) {
		this.id = UUID.randomUUID();
		this.planId = planId;
		this.checkpointId = checkpointId;
		this.taskId = taskId;
		this.authorId = authorId;
		revise(details, null, now);
	}

	public void revise(ReportDetails details, Long expectedVersion, Instant now) {
		StaleRecord.check("report", expectedVersion, version);
		if (details.progress() == null) {
			throw new BusinessRuleViolation("progress", "validation.required");
		}
		if (details.progress() < 0 || details.progress() > 100) {
			throw new BusinessRuleViolation("progress", "plan.report.progress.range");
		}
		this.progress = details.progress();
		this.result = Texts.required("result", details.result(), 4000);
		this.deviation = Texts.optional("deviation", details.deviation(), 4000);
		this.nextSteps = Texts.optional("nextSteps", details.nextSteps(), 4000);
		if (details.spent() != null && details.spent().signum() < 0) {
			throw new BusinessRuleViolation("spent", "plan.report.spent.negative");
		}
		this.spentAmount = details.spent();
		this.filedAt = now;
	}

	/** {@code spent}: money of the task's budget spent so far, in the task's currency; optional. */
	public record ReportDetails(Integer progress, String result, String deviation, String nextSteps,
			BigDecimal spent) {
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	public UUID checkpointId() {
		return checkpointId;
	}

	public UUID taskId() {
		return taskId;
	}

	public UUID authorId() {
		return authorId;
	}

	public int progress() {
		return progress;
	}

	public String result() {
		return result;
	}

	public String deviation() {
		return deviation;
	}

	public String nextSteps() {
		return nextSteps;
	}

	/** Spent so far in the task's currency, or null when the report does not say. */
	public BigDecimal spent() {
		return spentAmount;
	}

	public Instant filedAt() {
		return filedAt;
	}

	public long version() {
		return version;
	}
}
