package org.serviceplan.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.serviceplan.plan.PlanChanged.TaskChange;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.Money;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * The service plan: the aggregate that keeps its checkpoints, global tasks and concrete tasks consistent
 * with its period, goes through draft → on approval → approved → (active) → closed, and remembers what
 * changed in its tasks once approved, so the people concerned can be told.
 */
// The plan is read and changed as a whole: its parts come with it (one query per kind of part, not per plan).
@Entity
@Table(name = "service_plan")
@Audited
public class ServicePlan extends TenantOwned {

	/** Two checkpoints further apart than this leave too long without control (a warning). */
	static final int MAX_MONTHS_BETWEEN_CHECKPOINTS = 4;

	@Id
	private UUID id;
	private String title;
	private String introduction;
	private LocalDate startDate;
	private LocalDate endDate;
	private String currency;
	@Enumerated(EnumType.STRING)
	private PlanStatus status;
	private UUID leadId;
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_author", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "person_id")
	@NotAudited
	private Set<UUID> authorIds = new HashSet<>();
	private UUID submittedBy;
	private Instant submittedAt;
	private UUID approvedBy;
	private Instant approvedAt;
	private String closingSummary;
	private UUID closedBy;
	private Instant closedAt;
	private UUID copiedFrom;
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("date")
	private List<Checkpoint> checkpoints = new ArrayList<>();
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Goal> goals = new ArrayList<>();
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("block, position")
	private List<PlanTask> tasks = new ArrayList<>();
	@Version
	private long version;
	@Transient
	private List<TaskChange> changesToAnnounce = new ArrayList<>();
	@Transient
	private Set<UUID> previousResponsibles = new HashSet<>();

	protected ServicePlan() {
	}

	public ServicePlan(String title, String introduction, PlanPeriod period, Currency currency, UUID leadId,
			Set<UUID> authorIds) {
		this.id = UUID.randomUUID();
		this.status = PlanStatus.DRAFT;
		this.currency = (currency == null ? Money.RUB : currency).getCurrencyCode();
		describe(title, introduction, period, leadId, authorIds, null);
	}

	/** Title, introduction, period, lead and authors; the period must still hold every date in the plan. */
	public void describe(String newTitle, String newIntroduction, PlanPeriod period, UUID newLeadId,
			Set<UUID> newAuthorIds, Long expectedVersion) {
		StaleRecord.check("plan", expectedVersion, version);
		mustBeEditable();
		this.title = Texts.required("title", newTitle, 300);
		this.introduction = Texts.optional("introduction", newIntroduction, 20000);
		for (Checkpoint checkpoint : checkpoints) {
			if (!period.contains(checkpoint.date())) {
				throw new BusinessRuleViolation("endDate", "plan.period.leavesCheckpointOut", checkpoint.title());
			}
		}
		for (PlanTask task : tasks) {
			if (!period.contains(task.startDate()) || !period.contains(task.dueDate())) {
				throw new BusinessRuleViolation("endDate", "plan.period.leavesTaskOut", task.title());
			}
		}
		this.startDate = period.start();
		this.endDate = period.end();
		this.leadId = newLeadId;
		this.authorIds = new HashSet<>(newAuthorIds == null ? Set.of() : newAuthorIds);
		if (newLeadId != null) {
			this.authorIds.add(newLeadId);
		}
	}

	public Checkpoint addCheckpoint(LocalDate date, String checkpointTitle) {
		mustBeEditable();
		Checkpoint checkpoint = new Checkpoint(this, date, checkpointTitle);
		checkpoints.add(checkpoint);
		checkpoints.sort(Comparator.comparing(Checkpoint::date));
		return checkpoint;
	}

	public void rescheduleCheckpoint(UUID checkpointId, LocalDate date, String checkpointTitle, Long expectedVersion) {
		mustBeEditable();
		Checkpoint checkpoint = checkpoint(checkpointId);
		StaleRecord.check("checkpoint", expectedVersion, checkpoint.version());
		checkpoint.reschedule(date, checkpointTitle);
		checkpoints.sort(Comparator.comparing(Checkpoint::date));
	}

	public void removeCheckpoint(UUID checkpointId) {
		mustBeEditable();
		checkpoints.remove(checkpoint(checkpointId));
	}

	/** The lead closes a checkpoint after reviewing the reports, with a comment on what was found. */
	public void closeCheckpoint(UUID checkpointId, UUID by, String comment, Instant now) {
		if (status == PlanStatus.CLOSED) {
			throw new BusinessRuleViolation(null, "plan.closed.readOnly");
		}
		checkpoint(checkpointId).close(by, comment, now);
	}

	public Goal addGoal(String goalTitle, String description) {
		mustBeEditable();
		Goal goal = new Goal(this, goalTitle, description, goals.size());
		goals.add(goal);
		return goal;
	}

	public void describeGoal(UUID goalId, String goalTitle, String description, Long expectedVersion) {
		mustBeEditable();
		Goal goal = goal(goalId);
		StaleRecord.check("goal", expectedVersion, goal.version());
		goal.describe(goalTitle, description);
	}

	public void removeGoal(UUID goalId) {
		mustBeEditable();
		Goal goal = goal(goalId);
		if (tasks.stream().anyMatch(t -> t.goalId().equals(goalId))) {
			throw new BusinessRuleViolation(null, "plan.goal.hasTasks", goal.title());
		}
		goals.remove(goal);
	}

	public PlanTask addTask(TaskDetails details) {
		mustBeEditable();
		int position = (int) tasks.stream().filter(t -> t.block().equalsIgnoreCase(String.valueOf(details.block()))).count();
		PlanTask task = new PlanTask(this, details, position);
		tasks.add(task);
		announce(task, List.of(new TaskChange(null, null, "created", null, task.title())));
		return task;
	}

	public PlanTask changeTask(UUID taskId, TaskDetails details, Long expectedVersion) {
		mustBeEditable();
		PlanTask task = task(taskId);
		UUID responsibleBefore = task.responsibleId();
		List<TaskChange> changes = task.change(details, expectedVersion);
		announce(task, changes);
		if (!responsibleBefore.equals(task.responsibleId()) && isApproved()) {
			previousResponsibles.add(responsibleBefore);
		}
		return task;
	}

	public void removeTask(UUID taskId) {
		mustBeEditable();
		PlanTask task = task(taskId);
		announce(task, List.of(new TaskChange(null, null, "removed", task.title(), null)));
		tasks.remove(task);
	}

	/** Puts a task at a place in a block (drag and drop); the other tasks of the block close up around it. */
	public void moveTask(UUID taskId, String block, int index) {
		mustBeEditable();
		PlanTask moving = task(taskId);
		List<PlanTask> inBlock = new ArrayList<>(tasks.stream()
			.filter(t -> t != moving && t.block().equalsIgnoreCase(block.strip()))
			.sorted(Comparator.comparingInt(PlanTask::position))
			.toList());
		inBlock.add(Math.max(0, Math.min(index, inBlock.size())), moving);
		for (int i = 0; i < inBlock.size(); i++) {
			inBlock.get(i).moveTo(block, i);
		}
	}

	/** Sends the plan to the owner; only a plan with every mandatory part may go. */
	public void submitForApproval(Readiness readiness, UUID by, Instant now) {
		mustBe(PlanStatus.DRAFT);
		if (!readiness.ready()) {
			throw new PlanNotReady(readiness);
		}
		this.status = PlanStatus.ON_APPROVAL;
		this.submittedBy = by;
		this.submittedAt = now;
	}

	/** The owner approves; who and when is part of the document (its signature block). */
	public void approve(UUID by, Instant now) {
		mustBe(PlanStatus.ON_APPROVAL);
		this.status = PlanStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = now;
	}

	/** The owner sends the plan back for rework. */
	public void returnToDraft() {
		mustBe(PlanStatus.ON_APPROVAL);
		this.status = PlanStatus.DRAFT;
		this.submittedAt = null;
		this.submittedBy = null;
	}

	public void close(String summary, UUID by, Instant now) {
		if (!isApproved()) {
			throw new PlanInWrongState(status, "close");
		}
		this.closingSummary = Texts.required("summary", summary, 20000);
		this.status = PlanStatus.CLOSED;
		this.closedBy = by;
		this.closedAt = now;
	}

	/**
	 * Next year's draft of a closed plan: the same goals and checkpoints a year later, and the tasks that
	 * were not finished, carried over and marked as such.
	 */
	public ServicePlan copyForNextYear(String newTitle) {
		if (status != PlanStatus.CLOSED) {
			throw new PlanInWrongState(status, "copy");
		}
		PlanPeriod next = new PlanPeriod(startDate.plusYears(1), endDate.plusYears(1));
		ServicePlan copy = new ServicePlan(newTitle, introduction, next, currency(), leadId, authorIds);
		copy.copiedFrom = id;
		checkpoints.forEach(c -> copy.addCheckpoint(c.date().plusYears(1), c.title()));
		for (Goal goal : goals) {
			Goal copied = copy.addGoal(goal.title(), goal.description());
			tasks.stream().filter(t -> t.goalId().equals(goal.id()) && t.status().isOpen()).forEach(t -> {
				TaskDetails d = t.details();
				copy.addTask(new TaskDetails(copied.id(), d.block(), d.title(), d.description(), d.responsibleId(),
						d.coExecutorIds(), d.startDate().plusYears(1), d.dueDate().plusYears(1), d.expectedResult(),
						d.targetMetric(), d.targetValue(), d.reportingFormat(), d.budgetAmount(), d.budgetCurrency(),
						d.budgetSource(), d.reward(), TaskStatus.PLANNED, d.priority(), d.kind()))
					.carriedOver();
			});
		}
		return copy;
	}

	/** Active is approved and started: no job flips the status, the date does. */
	public PlanStatus statusOn(LocalDate today) {
		return status == PlanStatus.APPROVED && !today.isBefore(startDate) ? PlanStatus.ACTIVE : status;
	}

	/** What a plan may have but should not: a short period, long gaps between checkpoints. */
	public List<Warning> warnings() {
		List<Warning> warnings = new ArrayList<>();
		period().recommendation().ifPresent(warnings::add);
		LocalDate previous = null;
		for (Checkpoint checkpoint : checkpoints) {
			if (previous != null && previous.plusMonths(MAX_MONTHS_BETWEEN_CHECKPOINTS).isBefore(checkpoint.date())) {
				warnings.add(new Warning("checkpoints", "plan.checkpoints.farApart", previous, checkpoint.date(),
						MAX_MONTHS_BETWEEN_CHECKPOINTS));
			}
			previous = checkpoint.date();
		}
		return warnings;
	}

	/** The changes since the plan was approved that its people must hear about; empties the list. */
	public List<TaskChange> takeChangesToAnnounce() {
		List<TaskChange> taken = List.copyOf(changesToAnnounce);
		changesToAnnounce.clear();
		return taken;
	}

	/** Responsibles who lost a task since approval: they hear about it too. */
	public Set<UUID> takePreviousResponsibles() {
		Set<UUID> taken = Set.copyOf(previousResponsibles);
		previousResponsibles.clear();
		return taken;
	}

	private void announce(PlanTask task, List<TaskChange> changes) {
		if (isApproved()) {
			changes.forEach(c -> changesToAnnounce.add(new TaskChange(task.id(), task.title(), c.field(), c.before(),
					c.after())));
		}
	}

	private boolean isApproved() {
		return status == PlanStatus.APPROVED;
	}

	private void mustBeEditable() {
		if (status == PlanStatus.ON_APPROVAL) {
			throw new PlanInWrongState(status, "edit");
		}
		if (status == PlanStatus.CLOSED) {
			throw new PlanInWrongState(status, "edit");
		}
	}

	private void mustBe(PlanStatus expected) {
		if (status != expected) {
			throw new PlanInWrongState(status, expected.name());
		}
	}

	public Checkpoint checkpoint(UUID checkpointId) {
		return checkpoints.stream().filter(c -> c.id().equals(checkpointId)).findFirst()
			.orElseThrow(() -> new RecordNotFound("checkpoint", checkpointId));
	}

	public Goal goal(UUID goalId) {
		return goals.stream().filter(g -> g.id().equals(goalId)).findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("goalId", "plan.goal.unknown"));
	}

	public Optional<Goal> findGoal(UUID goalId) {
		return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
	}

	public PlanTask task(UUID taskId) {
		return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
			.orElseThrow(() -> new RecordNotFound("task", taskId));
	}

	public PlanPeriod period() {
		return new PlanPeriod(startDate, endDate);
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String introduction() {
		return introduction;
	}

	public Currency currency() {
		return Currency.getInstance(currency);
	}

	public PlanStatus status() {
		return status;
	}

	public UUID leadId() {
		return leadId;
	}

	public Set<UUID> authorIds() {
		return Set.copyOf(authorIds);
	}

	public UUID submittedBy() {
		return submittedBy;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public UUID approvedBy() {
		return approvedBy;
	}

	public Instant approvedAt() {
		return approvedAt;
	}

	public String closingSummary() {
		return closingSummary;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public UUID copiedFrom() {
		return copiedFrom;
	}

	public List<Checkpoint> checkpoints() {
		return List.copyOf(checkpoints);
	}

	public List<Goal> goals() {
		return List.copyOf(goals);
	}

	public List<PlanTask> tasks() {
		return List.copyOf(tasks);
	}

	public long version() {
		return version;
	}

	/** Only the plan's lead or an owner closes the plan or one of its checkpoints: they answer for its results. */
	public boolean closableBy(UUID person, boolean owner) {
		return owner || (person != null && person.equals(leadId));
	}

	/** Closes the plan as {@code by}, who must be its lead or an owner. */
	public void close(String summary, UUID by, boolean byOwner, Instant now) {
		if (!closableBy(by, byOwner)) {
			throw new NotAllowed("plan.close.onlyLeadOrOwner");
		}
		close(summary, by, now);
	}

	/** Closes a checkpoint as {@code by}, who must be the plan's lead or an owner. */
	public void closeCheckpoint(UUID checkpointId, UUID by, boolean byOwner, String comment, Instant now) {
		if (!closableBy(by, byOwner)) {
			throw new NotAllowed("plan.checkpoint.onlyLeadCloses");
		}
		closeCheckpoint(checkpointId, by, comment, now);
	}

	/**
	 * The tasks that owe a report at a checkpoint: not cancelled, started by its date, and still running
	 * after the previous checkpoint (a task finished before it reported there).
	 */
	/** The tasks owing a report at the checkpoint, by the one rule the control pages use too. */
	public List<PlanTask> tasksToReportAt(UUID checkpointId) {
		return ReportingDuty.expectedAt(this, checkpoint(checkpointId));
	}

	public UUID closedBy() {
		return closedBy;
	}

	public PlanTask nameResultTarget(UUID taskId, UUID targetId) {
		mustBeEditable();
		PlanTask task = task(taskId);
		task.nameResultTarget(targetId);
		return task;
	}
}
