package org.serviceplan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.serviceplan.plan.PlanChanged;
import org.serviceplan.plan.PlanChanged.TaskChange;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.ResultTargets;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.PersonSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service plans of the current workspace: every edit goes through the plan aggregate, people named
 * in a plan must belong to the workspace, and edits of an approved plan are announced to the people whose
 * tasks changed and to the lead.
 */
@Service
@Transactional
public class ServicePlans {

	private final PlanRepository plans;
	private final ReportRepository reports;
	private final SavedTemplateRepository templates;
	private final JsonMapper json;
	private final Workspaces workspaces;
	private final ApplicationEventPublisher events;
	private final Workload workload;
	private final Clock clock;
	private final ObjectProvider<ResultTargets> resultTargets;

	ServicePlans(PlanRepository plans, ReportRepository reports, SavedTemplateRepository templates, JsonMapper json,
			Workspaces workspaces, ApplicationEventPublisher events, PlanProperties properties, Clock clock,
			ObjectProvider<ResultTargets> resultTargets) {
		this.plans = plans;
		this.reports = reports;
		this.templates = templates;
		this.json = json;
		this.workspaces = workspaces;
		this.events = events;
		this.workload = new Workload(properties.maxOpenTasks());
		this.clock = clock;
		this.resultTargets = resultTargets;
	}

	@Transactional(readOnly = true)
	public List<ServicePlan> all() {
		return plans.findAllByOrderByStartDateDescTitleAsc();
	}

	@Transactional(readOnly = true)
	public ServicePlan plan(UUID id) {
		return plans.findById(id).orElseThrow(() -> new RecordNotFound("plan", id));
	}

	/** A new draft; whoever creates it is one of its authors. */
	public ServicePlan create(Member author, String title, String introduction, PlanPeriod period, UUID leadId,
			Set<UUID> authorIds) {
		Set<UUID> authors = new HashSet<>(authorIds == null ? Set.of() : authorIds);
		authors.add(author.personId());
		checkPeople("leadId", leadId == null ? Set.of() : Set.of(leadId));
		checkPeople("authorIds", authors);
		return plans.save(new ServicePlan(title, introduction, period, author.currency(), leadId, authors));
	}

	/** The built-in template first, then the workspace's own, by name. */
	@Transactional(readOnly = true)
	public List<PlanTemplate> templates() {
		List<PlanTemplate> all = new ArrayList<>();
		all.add(PlanTemplate.of(StandardTemplate.KEY, null, true, StandardTemplate.content()));
		templates.findAllByOrderByName()
			.forEach(t -> all.add(PlanTemplate.of(t.id().toString(), t.name(), false, content(t))));
		return all;
	}

	/** A new draft from a template; every task starts with the lead as its responsible, to be reassigned. */
	public ServicePlan createFromTemplate(Member author, String templateKey, String title, LocalDate start,
			UUID leadId) {
		UUID lead = leadId == null ? author.personId() : leadId;
		checkPeople("leadId", Set.of(lead));
		Set<UUID> authors = new HashSet<>();
		authors.add(author.personId());
		authors.add(lead);
		return plans.save(template(templateKey).newPlan(title, start, author.currency(), lead, authors));
	}

	/** Keeps a plan's goals, tasks and checkpoints (without people and dates) as a template of the workspace. */
	public PlanTemplate saveAsTemplate(Member author, UUID planId, String name) {
		TemplateContent content = TemplateContent.of(plan(planId));
		SavedTemplate saved = templates.save(new SavedTemplate(name, json.writeValueAsString(content),
				author.personId(), clock.instant()));
		return PlanTemplate.of(saved.id().toString(), saved.name(), false, content);
	}

	/** Next year's draft of a closed plan, with its unfinished tasks carried over. */
	public ServicePlan copyToNextYear(Member author, UUID planId) {
		ServicePlan closed = plan(planId);
		String title = closed.title() + " (" + closed.period().start().plusYears(1).getYear() + ")";
		return plans.save(closed.copyForNextYear(title));
	}

	private TemplateContent template(String key) {
		if (StandardTemplate.KEY.equals(key)) {
			return StandardTemplate.content();
		}
		try {
			return templates.findById(UUID.fromString(key)).map(this::content)
				.orElseThrow(() -> new BusinessRuleViolation("template", "plan.template.unknown"));
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("template", "plan.template.unknown");
		}
	}

	private TemplateContent content(SavedTemplate template) {
		return json.readValue(template.content(), TemplateContent.class);
	}

	public ServicePlan describe(UUID planId, String title, String introduction, PlanPeriod period, UUID leadId,
			Set<UUID> authorIds, Long expectedVersion) {
		checkPeople("leadId", leadId == null ? Set.of() : Set.of(leadId));
		checkPeople("authorIds", authorIds == null ? Set.of() : authorIds);
		ServicePlan plan = plan(planId);
		plan.describe(title, introduction, period, leadId, authorIds, expectedVersion);
		return plan;
	}

	public void delete(UUID planId) {
		ServicePlan plan = plan(planId);
		if (plan.status() != PlanStatus.DRAFT) {
			throw new PlanInWrongState(plan.status(), "delete");
		}
		// tasks refer to goals: they go first, or the database refuses to drop a goal still referred to
		plan.tasks().forEach(task -> plan.removeTask(task.id()));
		plans.flush();
		plans.delete(plan);
	}

	public Checkpoint addCheckpoint(UUID planId, LocalDate date, String title) {
		return plan(planId).addCheckpoint(date, title);
	}

	public Goal addGoal(UUID planId, String title, String description) {
		return plan(planId).addGoal(title, description);
	}

	public PlanTask addTask(Member editor, UUID planId, TaskDetails details) {
		checkTaskPeople(details);
		ServicePlan plan = plan(planId);
		PlanTask task = plan.addTask(details);
		announce(editor, plan);
		return task;
	}

	/** A new task that names a measured target of the workspace as its expected result, or none; all or nothing. */
	public PlanTask addTask(Member editor, UUID planId, TaskDetails details, UUID targetId) {
		checkResultTarget(targetId);
		return nameResultTarget(planId, addTask(editor, planId, details).id(), targetId);
	}

	/**
	 * A change of a task and of the target it names ({@code null}: none), saved together or not at all. Only a
	 * newly named target is checked: a task keeps naming one removed from the dashboard since.
	 */
	public PlanTask changeTask(Member editor, UUID planId, UUID taskId, TaskDetails details, Long expectedVersion,
			UUID targetId) {
		if (!Objects.equals(targetId, plan(planId).task(taskId).targetId())) {
			checkResultTarget(targetId);
		}
		changeTask(editor, planId, taskId, details, expectedVersion);
		return nameResultTarget(planId, taskId, targetId);
	}

	public PlanTask changeTask(Member editor, UUID planId, UUID taskId, TaskDetails details, Long expectedVersion) {
		checkTaskPeople(details);
		ServicePlan plan = plan(planId);
		PlanTask task = plan.changeTask(taskId, details, expectedVersion);
		announce(editor, plan);
		return task;
	}

	public void removeTask(Member editor, UUID planId, UUID taskId) {
		ServicePlan plan = plan(planId);
		UUID responsible = plan.task(taskId).responsibleId();
		plan.removeTask(taskId);
		announce(editor, plan, Set.of(responsible));
	}

	public void moveTask(UUID planId, UUID taskId, String block, int index) {
		plan(planId).moveTask(taskId, block, index);
	}

	@Transactional(readOnly = true)
	public Readiness readiness(UUID planId) {
		return readiness(plan(planId));
	}

	Readiness readiness(ServicePlan plan) {
		Set<UUID> owners = workspaces.people().stream()
			.filter(p -> p.role() == Role.OWNER)
			.map(PersonSummary::id)
			.collect(Collectors.toSet());
		return Readiness.of(plan, owners::contains);
	}

	/** The plan's own warnings, and anyone in it who carries too many open tasks at once across all plans. */
	@Transactional(readOnly = true)
	public List<Warning> warnings(UUID planId) {
		ServicePlan plan = plan(planId);
		List<Warning> warnings = new ArrayList<>(plan.warnings());
		Set<UUID> inThisPlan = plan.tasks().stream().map(PlanTask::responsibleId).collect(Collectors.toSet());
		Map<UUID, String> names = names();
		workload.overloaded(plans.openTasksOfPlansNot(PlanStatus.CLOSED)).forEach((person, peak) -> {
			if (inThisPlan.contains(person)) {
				warnings.add(new Warning("tasks", "plan.workload.tooMany", names.getOrDefault(person, "?"), peak,
						workload.maxOpenTasks()));
			}
		});
		return warnings;
	}

	public ServicePlan submit(Member member, UUID planId) {
		ServicePlan plan = plan(planId);
		plan.submitForApproval(readiness(plan), member.personId(), clock.instant());
		return plan;
	}

	public ServicePlan approve(Member owner, UUID planId) {
		ServicePlan plan = plan(planId);
		plan.approve(owner.personId(), clock.instant());
		return plan;
	}

	public ServicePlan returnToDraft(UUID planId) {
		ServicePlan plan = plan(planId);
		plan.returnToDraft();
		return plan;
	}

	public ServicePlan close(Member member, UUID planId, String summary) {
		ServicePlan plan = plan(planId);
		plan.close(summary, member.personId(), member.role() == Role.OWNER, clock.instant());
		return plan;
	}

	public void closeCheckpoint(Member member, UUID planId, UUID checkpointId, String comment) {
		ServicePlan plan = plan(planId);
		plan.closeCheckpoint(checkpointId, member.personId(), member.role() == Role.OWNER, comment, clock.instant());
	}

	/** A responsible person (or the lead) reports on a task at a checkpoint; a second report revises the first. */
	public CheckpointReport fileReport(Member member, UUID planId, UUID checkpointId, UUID taskId,
			CheckpointReport.ReportDetails details, Long expectedVersion) {
		ServicePlan plan = plan(planId);
		if (plan.statusOn(LocalDate.now(clock)) != PlanStatus.ACTIVE && plan.status() != PlanStatus.APPROVED) {
			throw new PlanInWrongState(plan.status(), "report");
		}
		Checkpoint checkpoint = plan.checkpoint(checkpointId);
		if (checkpoint.isClosed()) {
			throw new BusinessRuleViolation(null, "plan.checkpoint.alreadyClosed");
		}
		PlanTask task = plan.task(taskId);
		if (!member.personId().equals(task.responsibleId()) && !member.personId().equals(plan.leadId())) {
			throw new BusinessRuleViolation("taskId", "plan.report.notResponsible", task.title());
		}
		return reports.findByCheckpointIdAndTaskId(checkpointId, taskId).map(existing -> {
			existing.revise(details, expectedVersion, clock.instant());
			return existing;
		}).orElseGet(() -> reports.save(new CheckpointReport(planId, checkpointId, taskId, member.personId(), details,
				clock.instant())));
	}

	@Transactional(readOnly = true)
	public List<CheckpointReport> reports(UUID planId) {
		plan(planId);
		return reports.findByPlanIdOrderByFiledAt(planId);
	}

	/** Tasks of approved and active plans a person is responsible for or helps with, by due date. */
	@Transactional(readOnly = true)
	public List<PlanTask> tasksOf(UUID personId) {
		return plans.tasksOf(personId);
	}

	@Transactional(readOnly = true)
	public Map<UUID, String> names() {
		return workspaces.people().stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}

	private void announce(Member editor, ServicePlan plan) {
		announce(editor, plan, Set.of());
	}

	private void announce(Member editor, ServicePlan plan, Set<UUID> alsoTell) {
		List<TaskChange> changes = plan.takeChangesToAnnounce();
		if (changes.isEmpty()) {
			return;
		}
		Set<UUID> recipients = new HashSet<>(alsoTell);
		recipients.addAll(plan.takePreviousResponsibles());
		changes.stream()
			.map(TaskChange::taskId)
			.distinct()
			.flatMap(id -> plan.tasks().stream().filter(t -> t.id().equals(id)))
			.forEach(t -> recipients.add(t.responsibleId()));
		if (plan.leadId() != null) {
			recipients.add(plan.leadId());
		}
		recipients.remove(editor.personId());
		Map<UUID, Set<UUID>> peopleByTask = new HashMap<>();
		changes.forEach(c -> {
			Set<UUID> people = peopleByTask.computeIfAbsent(c.taskId(), id -> new HashSet<>());
			plan.tasks().stream().filter(t -> t.id().equals(c.taskId())).forEach(t -> people.add(t.responsibleId()));
			if (c.field().equals("responsible")) {
				Stream.of(c.before(), c.after()).filter(Objects::nonNull).map(UUID::fromString).forEach(people::add);
			}
			if (c.field().equals("removed")) {
				people.addAll(alsoTell);
			}
		});
		Map<UUID, String> names = names();
		Function<String, String> name = id -> id == null ? null : names.getOrDefault(UUID.fromString(id), id);
		List<TaskChange> readable = changes.stream()
			.map(c -> c.field().equals("responsible") ? new TaskChange(c.taskId(), c.taskTitle(), c.field(),
					name.apply(c.before()), name.apply(c.after())) : c)
			.toList();
		if (!recipients.isEmpty()) {
			events.publishEvent(new PlanChanged(plan.workspaceId(), plan.id(), plan.title(), editor.personId(),
					Set.copyOf(recipients), readable, peopleByTask, plan.leadId()));
		}
	}

	private void checkTaskPeople(TaskDetails details) {
		checkPeople("responsibleId", details.responsibleId() == null ? Set.of() : Set.of(details.responsibleId()));
		checkPeople("coExecutorIds", details.coExecutorIds());
	}

	private void checkPeople(String field, Set<UUID> personIds) {
		for (UUID id : personIds) {
			if (!workspaces.hasPerson(id)) {
				throw new BusinessRuleViolation(field, "plan.person.notInWorkspace");
			}
		}
	}

	// --- plan-api: what the REST API needs beyond the editor

	public Checkpoint rescheduleCheckpoint(UUID planId, UUID checkpointId, LocalDate date, String title,
			Long expectedVersion) {
		ServicePlan plan = plan(planId);
		plan.rescheduleCheckpoint(checkpointId, date, title, expectedVersion);
		return plan.checkpoint(checkpointId);
	}

	/** A checkpoint someone already reported at stays: removing it would lose their reports. */
	public void removeCheckpoint(UUID planId, UUID checkpointId) {
		ServicePlan plan = plan(planId);
		Checkpoint checkpoint = plan.checkpoint(checkpointId);
		if (reports.existsByCheckpointId(checkpointId)) {
			throw new BusinessRuleViolation(null, "plan.checkpoint.hasReports", checkpoint.title());
		}
		plan.removeCheckpoint(checkpointId);
	}

	/** A global task of the plan; an id the plan does not have is not found, as any other record. */
	@Transactional(readOnly = true)
	public Goal goal(UUID planId, UUID goalId) {
		return plan(planId).findGoal(goalId).orElseThrow(() -> new RecordNotFound("goal", goalId));
	}

	public Goal describeGoal(UUID planId, UUID goalId, String title, String description, Long expectedVersion) {
		ServicePlan plan = plan(planId);
		plan.findGoal(goalId).orElseThrow(() -> new RecordNotFound("goal", goalId));
		plan.describeGoal(goalId, title, description, expectedVersion);
		return plan.goal(goalId);
	}

	public void removeGoal(UUID planId, UUID goalId) {
		ServicePlan plan = plan(planId);
		plan.findGoal(goalId).orElseThrow(() -> new RecordNotFound("goal", goalId));
		plan.removeGoal(goalId);
	}

	/** The reports filed at one checkpoint of the plan, oldest first. */
	@Transactional(readOnly = true)
	public List<CheckpointReport> reports(UUID planId, UUID checkpointId) {
		plan(planId).checkpoint(checkpointId);
		return reports.findByCheckpointIdOrderByFiledAt(checkpointId);
	}

	/** One report of the plan; a report of another plan is not found. */
	@Transactional(readOnly = true)
	public CheckpointReport report(UUID planId, UUID reportId) {
		plan(planId);
		return reports.findById(reportId).filter(r -> r.planId().equals(planId))
			.orElseThrow(() -> new RecordNotFound("report", reportId));
	}

	/** Whether a report on the task was already filed at the checkpoint (a new one then revises it). */
	@Transactional(readOnly = true)
	public boolean hasReport(UUID checkpointId, UUID taskId) {
		return reports.findByCheckpointIdAndTaskId(checkpointId, taskId).isPresent();
	}

	/**
	 * The person's open tasks in approved and active plans, by due date, with the reports they owe: at every
	 * open checkpoint that is due (or the next one) where the task is expected to report and has not yet.
	 * Co-executors see the task but owe no report: its responsible files it.
	 */
	@Transactional(readOnly = true)
	public List<AssignedTask> openTasksOf(UUID personId, LocalDate today) {
		List<AssignedTask> assigned = new ArrayList<>();
		// one query per plan for what was already reported, not one per task and checkpoint
		Map<UUID, Set<List<UUID>>> reportedByPlan = new HashMap<>();
		for (PlanTask task : plans.tasksOf(personId)) {
			ServicePlan plan = task.plan();
			Set<List<UUID>> reported = reportedByPlan.computeIfAbsent(plan.id(), id -> reports
				.findByPlanIdOrderByFiledAt(id)
				.stream()
				.map(r -> List.of(r.checkpointId(), r.taskId()))
				.collect(Collectors.toSet()));
			if (plan.status() != PlanStatus.APPROVED || !task.status().isOpen()) {
				continue;
			}
			List<Checkpoint> owed = new ArrayList<>();
			if (personId.equals(task.responsibleId())) {
				LocalDate next = plan.checkpoints().stream()
					.map(Checkpoint::date)
					.filter(d -> d.isAfter(today))
					.findFirst()
					.orElse(null);
				for (Checkpoint checkpoint : plan.checkpoints()) {
					boolean due = !checkpoint.date().isAfter(today) || checkpoint.date().equals(next);
					if (due && !checkpoint.isClosed() && plan.tasksToReportAt(checkpoint.id()).contains(task)
							&& !reported.contains(List.of(checkpoint.id(), task.id()))) {
						owed.add(checkpoint);
					}
				}
			}
			assigned.add(new AssignedTask(plan, task, List.copyOf(owed)));
		}
		return assigned;
	}

	/** A task someone carries, with its plan and the checkpoints they still owe a report at. */
	public record AssignedTask(ServicePlan plan, PlanTask task, List<Checkpoint> reportsOwed) {
	}

	/** A target only some module measuring targets offers to this workspace; none is always fine. */
	private void checkResultTarget(UUID targetId) {
		if (targetId == null) {
			return;
		}
		ResultTargets offered = resultTargets.getIfAvailable();
		if (offered == null || offered.targets(LocaleContextHolder.getLocale()).stream()
			.noneMatch(t -> t.id().equals(targetId))) {
			throw new BusinessRuleViolation("targetId", "plan.task.target.unknown");
		}
	}

	/** Names a measured target as a task's expected result; {@code null} names none. */
	public PlanTask nameResultTarget(UUID planId, UUID taskId, UUID targetId) {
		return plan(planId).nameResultTarget(taskId, targetId);
	}
}
