package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.plan.PlanStatus;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control of a running plan (seed 000: "control at every checkpoint, or the plan is forgotten"): progress,
 * budget, overdue tasks and missed reports, the checkpoint reports with their files, and each person's tasks.
 */
@Service
@Transactional(readOnly = true)
public class PlanControl {

	/** A report is owed from this many days before its checkpoint. */
	static final int OWED_DAYS_AHEAD = 14;
	/** Done tasks stay in "done recently" while their due date is at most this many days ago. */
	static final int RECENT_DAYS = 60;

	private final ServicePlans plans;
	private final ReportRepository reports;
	private final AttachmentRepository attachments;
	private final AttachmentProperties properties;
	private final Clock clock;

	PlanControl(ServicePlans plans, ReportRepository reports, AttachmentRepository attachments,
			AttachmentProperties properties, Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.attachments = attachments;
		this.properties = properties;
		this.clock = clock;
	}

	public record ControlView(ServicePlan plan, PlanStatus status, Progress progress, BudgetTable budget,
			List<PlanTask> overdue, List<MissedReport> missed, List<CheckpointSummary> checkpoints, Timeline timeline,
			Map<UUID, String> names, Map<UUID, String> goals) {
	}

	public record MissedReport(Checkpoint checkpoint, PlanTask task) {
	}

	public record CheckpointSummary(Checkpoint checkpoint, int expected, int reported, boolean passed) {

		public int missing() {
			return expected - reported;
		}
	}

	public record CheckpointView(ServicePlan plan, PlanStatus status, Checkpoint checkpoint, boolean passed,
			List<ReportRow> rows, Map<UUID, String> names) {

		public List<ReportRow> notReported() {
			return rows.stream().filter(r -> r.report() == null).toList();
		}

		/** Whether reports may be filed here at all: approved or active plan, open checkpoint. */
		public boolean open() {
			return (status == PlanStatus.APPROVED || status == PlanStatus.ACTIVE) && !checkpoint.isClosed();
		}

		/** Whether the member may file or revise the report on the task: its responsible or the plan's lead. */
		public boolean mayReport(Member member, PlanTask task) {
			return open() && (member.personId().equals(task.responsibleId())
					|| member.personId().equals(plan.leadId()));
		}

		public boolean mayClose(Member member) {
			return !checkpoint.isClosed() && status != PlanStatus.CLOSED
					&& (member.personId().equals(plan.leadId()) || member.role() == org.serviceplan.workspace.Role.OWNER);
		}

		public ReportRow row(UUID taskId) {
			return rows.stream().filter(r -> r.task().id().equals(taskId)).findFirst().orElse(null);
		}
	}

	public record ReportRow(PlanTask task, CheckpointReport report, List<AttachmentInfo> attachments) {
	}

	public record MyTasks(List<MyTask> open, List<OwedReport> owed, List<MyTask> doneRecently) {
	}

	public record MyTask(ServicePlan plan, PlanTask task, boolean overdue, boolean responsible) {
	}

	public record OwedReport(ServicePlan plan, Checkpoint checkpoint, PlanTask task, boolean late) {
	}

	/** The figure a downloaded file is served from. */
	public record AttachmentFile(String fileName, String contentType, byte[] content) {
	}

	public LocalDate today(Member member) {
		return LocalDate.now(clock.withZone(member.timezone()));
	}

	public ControlView control(UUID planId, LocalDate today) {
		ServicePlan plan = plans.plan(planId);
		List<CheckpointReport> planReports = reports.findByPlanIdOrderByFiledAt(planId);
		Map<UUID, BigDecimal> spent = LatestSpending.of(planReports, plan.checkpoints());
		Set<String> filed = planReports.stream().map(r -> r.checkpointId() + "/" + r.taskId()).collect(Collectors.toSet());
		List<MissedReport> missed = new ArrayList<>();
		List<CheckpointSummary> summaries = new ArrayList<>();
		for (Checkpoint checkpoint : plan.checkpoints()) {
			boolean passed = checkpoint.date().isBefore(today);
			List<PlanTask> expected = ReportingDuty.expectedAt(plan, checkpoint);
			int reported = 0;
			for (PlanTask task : expected) {
				if (filed.contains(checkpoint.id() + "/" + task.id())) {
					reported++;
				}
				else if (passed) {
					missed.add(new MissedReport(checkpoint, task));
				}
			}
			summaries.add(new CheckpointSummary(checkpoint, expected.size(), reported, passed));
		}
		List<PlanTask> overdue = plan.tasks().stream()
			.filter(t -> t.isOverdueOn(today))
			.sorted(Comparator.comparing(PlanTask::dueDate))
			.toList();
		Map<UUID, String> goals = plan.goals().stream().collect(Collectors.toMap(Goal::id, Goal::title));
		return new ControlView(plan, plan.statusOn(today), Progress.of(plan.tasks(), spent, plan.currency(), today),
				BudgetTable.of(plan.tasks(), spent, plan.currency()), overdue, missed, summaries,
				Timeline.of(plan, today), plans.names(), goals);
	}

	public CheckpointView checkpoint(UUID planId, UUID checkpointId, LocalDate today) {
		ServicePlan plan = plans.plan(planId);
		Checkpoint checkpoint = plan.checkpoint(checkpointId);
		Map<UUID, CheckpointReport> byTask = reports.findByPlanIdOrderByFiledAt(planId).stream()
			.filter(r -> r.checkpointId().equals(checkpointId))
			.collect(Collectors.toMap(CheckpointReport::taskId, r -> r));
		Map<UUID, List<AttachmentInfo>> files = byTask.isEmpty() ? Map.of()
				: attachments.describe(byTask.values().stream().map(CheckpointReport::id).toList()).stream()
					.collect(Collectors.groupingBy(AttachmentInfo::reportId));
		// Tasks that reported though the rule no longer expects them (dates changed since) keep their report.
		Set<UUID> shown = new HashSet<>();
		List<ReportRow> rows = new ArrayList<>();
		List<PlanTask> expectedTasks = ReportingDuty.expectedAt(plan, checkpoint);
		for (PlanTask task : plan.tasks()) {
			boolean expected = expectedTasks.contains(task);
			CheckpointReport report = byTask.get(task.id());
			if ((expected || report != null) && shown.add(task.id())) {
				rows.add(new ReportRow(task, report,
						report == null ? List.of() : files.getOrDefault(report.id(), List.of())));
			}
		}
		return new CheckpointView(plan, plan.statusOn(today), checkpoint, checkpoint.date().isBefore(today), rows,
				plans.names());
	}

	/**
	 * Files or revises a report with its files, all or nothing: a file over the size limit refuses the whole
	 * report before anything is written.
	 */
	@Transactional
	public CheckpointReport fileReport(Member member, UUID planId, UUID checkpointId, UUID taskId,
			CheckpointReport.ReportDetails details, Long expectedVersion, List<ReportAttachment.Upload> uploads) {
		long max = properties.maxSize().toBytes();
		for (ReportAttachment.Upload upload : uploads) {
			if (upload.content().length > max) {
				throw new BusinessRuleViolation("attachments", "plan.attachment.tooLarge", upload.fileName(),
						BigDecimal.valueOf(max).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
							.stripTrailingZeros());
			}
		}
		CheckpointReport report = plans.fileReport(member, planId, checkpointId, taskId, details, expectedVersion);
		for (ReportAttachment.Upload upload : uploads) {
			attachments.save(new ReportAttachment(report.id(), upload, member.personId(), clock.instant()));
		}
		return report;
	}

	@Transactional
	public void closeCheckpoint(Member member, UUID planId, UUID checkpointId, String comment) {
		plans.closeCheckpoint(member, planId, checkpointId, comment);
	}

	/** A file of a report of this plan; any other id (another plan's, another company's) is not found. */
	public AttachmentFile attachment(UUID planId, UUID attachmentId) {
		ReportAttachment attachment = attachments.findById(attachmentId)
			.filter(a -> reports.findById(a.reportId()).map(r -> r.planId().equals(planId)).orElse(false))
			.orElseThrow(() -> new RecordNotFound("attachment", attachmentId));
		return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.content());
	}

	/**
	 * Takes a file back off a report (the wrong photo went up): whoever may file the report may, while the
	 * checkpoint is open.
	 */
	@Transactional
	public String removeAttachment(Member member, UUID planId, UUID attachmentId) {
		ReportAttachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> new RecordNotFound("attachment", attachmentId));
		CheckpointReport report = reports.findById(attachment.reportId())
			.filter(r -> r.planId().equals(planId))
			.orElseThrow(() -> new RecordNotFound("attachment", attachmentId));
		ServicePlan plan = plans.plan(planId);
		PlanStatus status = plan.statusOn(LocalDate.now(clock));
		if (status != PlanStatus.APPROVED && status != PlanStatus.ACTIVE) {
			throw new PlanInWrongState(plan.status(), "report");
		}
		if (plan.checkpoint(report.checkpointId()).isClosed()) {
			throw new BusinessRuleViolation(null, "plan.checkpoint.alreadyClosed");
		}
		PlanTask task = plan.task(report.taskId());
		if (!member.personId().equals(task.responsibleId()) && !member.personId().equals(plan.leadId())) {
			throw new BusinessRuleViolation(null, "plan.report.notResponsible", task.title());
		}
		attachments.delete(attachment);
		return attachment.fileName();
	}

	/** The member's tasks in approved and active plans, the reports they owe, and what they finished lately. */
	public MyTasks myTasks(Member member, LocalDate today) {
		UUID me = member.personId();
		List<MyTask> open = new ArrayList<>();
		List<MyTask> done = new ArrayList<>();
		List<OwedReport> owed = new ArrayList<>();
		for (ServicePlan plan : plans.all()) {
			if (plan.status() != PlanStatus.APPROVED) {
				continue;
			}
			for (PlanTask task : plan.tasks()) {
				boolean responsible = me.equals(task.responsibleId());
				if (!responsible && !task.coExecutorIds().contains(me)) {
					continue;
				}
				if (task.status().isOpen()) {
					open.add(new MyTask(plan, task, task.isOverdueOn(today), responsible));
				}
				else if (task.status() == org.serviceplan.plan.TaskStatus.DONE
						&& !task.dueDate().isBefore(today.minusDays(RECENT_DAYS))) {
					done.add(new MyTask(plan, task, false, responsible));
				}
			}
			Set<String> filed = reports.findByPlanIdOrderByFiledAt(plan.id()).stream()
				.map(r -> r.checkpointId() + "/" + r.taskId())
				.collect(Collectors.toSet());
			for (Checkpoint checkpoint : plan.checkpoints()) {
				if (checkpoint.isClosed() || checkpoint.date().isAfter(today.plusDays(OWED_DAYS_AHEAD))) {
					continue;
				}
				ReportingDuty.expectedAt(plan, checkpoint).stream()
					.filter(t -> me.equals(t.responsibleId()))
					.filter(t -> !filed.contains(checkpoint.id() + "/" + t.id()))
					.forEach(t -> owed.add(new OwedReport(plan, checkpoint, t, checkpoint.date().isBefore(today))));
			}
		}
		open.sort(Comparator.comparing((MyTask t) -> t.task().dueDate()));
		owed.sort(Comparator.comparing((OwedReport o) -> o.checkpoint().date()));
		done.sort(Comparator.comparing((MyTask t) -> t.task().dueDate()).reversed());
		return new MyTasks(open, owed, done);
	}
}
