package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.serviceplan.plan.PlanChanged.TaskChange;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskOrigin;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.Money;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A concrete task of a plan, in a block, under a global task, with exactly one responsible person. */
@Entity
@Table(name = "plan_task")
@Audited
public class PlanTask extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_id")
	private ServicePlan plan;
	private UUID goalId;
	private String block;
	private int position;
	private String title;
	private String description;
	private UUID responsibleId;
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_task_co_executor", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "person_id")
	@NotAudited
	private Set<UUID> coExecutorIds = new HashSet<>();
	private LocalDate startDate;
	private LocalDate dueDate;
	private String expectedResult;
	private String targetMetric;
	private BigDecimal targetValue;
	private String reportingFormat;
	private BigDecimal budgetAmount;
	private String budgetCurrency;
	private String budgetSource;
	private String reward;
	@Enumerated(EnumType.STRING)
	private TaskStatus status;
	@Enumerated(EnumType.STRING)
	private Priority priority;
	@Enumerated(EnumType.STRING)
	private TaskKind kind;
	private boolean carriedOver;
	private UUID targetId;
	@Version
	private long version;

	protected PlanTask() {
	}

	PlanTask(ServicePlan plan, TaskDetails details, int position) {
		this.id = UUID.randomUUID();
		this.plan = plan;
		this.position = position;
		apply(details);
	}

	/** Applies an edit made against {@code expectedVersion}; returns what changed, field by field. */
	List<TaskChange> change(TaskDetails details, Long expectedVersion) {
		StaleRecord.check("task", expectedVersion, version);
		TaskDetails before = details();
		apply(details);
		return differences(before, details());
	}

	private void apply(TaskDetails d) {
		PlanPeriod period = plan.period();
		this.title = Texts.required("title", d.title(), 300);
		this.description = Texts.optional("description", d.description(), 4000);
		this.block = Texts.required("block", d.block(), 100);
		if (d.goalId() == null) {
			throw new BusinessRuleViolation("goalId", "validation.required");
		}
		plan.goal(d.goalId());
		if (d.responsibleId() == null) {
			throw new BusinessRuleViolation("responsibleId", "plan.task.responsible.required");
		}
		if (d.startDate() == null) {
			throw new BusinessRuleViolation("startDate", "validation.required");
		}
		if (d.dueDate() == null) {
			throw new BusinessRuleViolation("dueDate", "validation.required");
		}
		if (!period.contains(d.startDate())) {
			throw new BusinessRuleViolation("startDate", "plan.task.outsidePeriod");
		}
		if (!period.contains(d.dueDate())) {
			throw new BusinessRuleViolation("dueDate", "plan.task.outsidePeriod");
		}
		if (d.dueDate().isBefore(d.startDate())) {
			throw new BusinessRuleViolation("dueDate", "plan.task.dueBeforeStart");
		}
		if (d.budgetAmount() != null && d.budgetAmount().signum() < 0) {
			throw new BusinessRuleViolation("budget.amount", "plan.task.budget.negative");
		}
		if (d.targetValue() != null && !Texts.present(d.targetMetric())) {
			throw new BusinessRuleViolation("targetMetric", "plan.task.target.metricMissing");
		}
		this.goalId = d.goalId();
		this.responsibleId = d.responsibleId();
		this.coExecutorIds = new HashSet<>(d.coExecutorIds());
		this.coExecutorIds.remove(d.responsibleId());
		this.startDate = d.startDate();
		this.dueDate = d.dueDate();
		this.expectedResult = Texts.optional("expectedResult", d.expectedResult(), 4000);
		this.targetMetric = Texts.optional("targetMetric", d.targetMetric(), 100);
		this.targetValue = d.targetValue();
		this.reportingFormat = Texts.optional("reportingFormat", d.reportingFormat(), 2000);
		this.budgetAmount = d.budgetAmount();
		this.budgetCurrency = (d.budgetCurrency() == null ? plan.currency() : d.budgetCurrency()).getCurrencyCode();
		this.budgetSource = Texts.optional("budget.source", d.budgetSource(), 200);
		this.reward = Texts.optional("reward", d.reward(), 2000);
		this.status = d.status();
		this.priority = d.priority();
		this.kind = d.kind();
	}

	void moveTo(String newBlock, int newPosition) {
		this.block = Texts.required("block", newBlock, 100);
		this.position = newPosition;
	}

	void carriedOver() {
		this.carriedOver = true;
	}

	private static List<TaskChange> differences(TaskDetails before, TaskDetails after) {
		List<TaskChange> changes = new ArrayList<>();
		compare(changes, "title", before.title(), after.title());
		compare(changes, "description", before.description(), after.description());
		compare(changes, "block", before.block(), after.block());
		compare(changes, "goal", before.goalId(), after.goalId());
		compare(changes, "responsible", before.responsibleId(), after.responsibleId());
		compare(changes, "coExecutors", before.coExecutorIds(), after.coExecutorIds());
		compare(changes, "startDate", before.startDate(), after.startDate());
		compare(changes, "dueDate", before.dueDate(), after.dueDate());
		compare(changes, "expectedResult", result(before), result(after));
		compare(changes, "reportingFormat", before.reportingFormat(), after.reportingFormat());
		compare(changes, "budget", budget(before), budget(after));
		compare(changes, "reward", before.reward(), after.reward());
		compare(changes, "status", before.status(), after.status());
		compare(changes, "priority", before.priority(), after.priority());
		return changes;
	}

	private static String result(TaskDetails d) {
		return d.targetMetric() == null ? d.expectedResult()
				: d.expectedResult() + " (" + d.targetMetric() + " " + plain(d.targetValue()) + ")";
	}

	private static String budget(TaskDetails d) {
		return d.budgetAmount() == null ? null
				: plain(d.budgetAmount()) + " " + d.budgetCurrency().getCurrencyCode()
						+ (d.budgetSource() == null ? "" : ", " + d.budgetSource());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static void compare(List<TaskChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new TaskChange(null, null, field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	public boolean isOverdueOn(LocalDate today) {
		return status.isOpen() && dueDate.isBefore(today);
	}

	public TaskDetails details() {
		return new TaskDetails(goalId, block, title, description, responsibleId, Set.copyOf(coExecutorIds), startDate,
				dueDate, expectedResult, targetMetric, targetValue, reportingFormat, budgetAmount, budgetCurrency(),
				budgetSource, reward, status, priority, kind);
	}

	public UUID id() {
		return id;
	}

	public UUID goalId() {
		return goalId;
	}

	public String block() {
		return block;
	}

	public int position() {
		return position;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public UUID responsibleId() {
		return responsibleId;
	}

	public Set<UUID> coExecutorIds() {
		return Set.copyOf(coExecutorIds);
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public String expectedResult() {
		return expectedResult;
	}

	public String targetMetric() {
		return targetMetric;
	}

	public BigDecimal targetValue() {
		return targetValue;
	}

	public String reportingFormat() {
		return reportingFormat;
	}

	public BigDecimal budgetAmount() {
		return budgetAmount;
	}

	public Currency budgetCurrency() {
		return budgetCurrency == null ? Money.RUB : Currency.getInstance(budgetCurrency);
	}

	public String budgetSource() {
		return budgetSource;
	}

	public String reward() {
		return reward;
	}

	public TaskStatus status() {
		return status;
	}

	public Priority priority() {
		return priority;
	}

	public TaskKind kind() {
		return kind;
	}

	public boolean isCarriedOver() {
		return carriedOver;
	}

	public long version() {
		return version;
	}

	ServicePlan plan() {
		return plan;
	}

	// --- session-core: where the task came from (set once, when a session's idea becomes a task)

	@NotAudited
	private UUID originSessionId;
	@NotAudited
	private UUID originIdeaId;
	@NotAudited
	private UUID originTouchpointId;
	@NotAudited
	private UUID originPainId;

	void bornFrom(TaskOrigin origin) {
		this.originSessionId = origin.sessionId();
		this.originIdeaId = origin.ideaId();
		this.originTouchpointId = origin.touchpointId();
		this.originPainId = origin.painId();
	}

	public Optional<TaskOrigin> origin() {
		return originIdeaId == null ? Optional.empty()
				: Optional.of(new TaskOrigin(originSessionId, originIdeaId, originTouchpointId, originPainId));
	}

	/** Names a measured target as the task's expected result ({@link org.serviceplan.plan.ResultTargets}), or none. */
	void nameResultTarget(UUID target) {
		this.targetId = target;
	}

	public UUID targetId() {
		return targetId;
	}
}
