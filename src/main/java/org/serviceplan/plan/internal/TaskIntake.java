package org.serviceplan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.TaskOrigin;
import org.serviceplan.workspace.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks other modules hand to a plan, and the way back from a task to its origin ({@link PlanTaskIntake}). */
@Service
@Transactional
class TaskIntake implements PlanTaskIntake {

	private final ServicePlans plans;
	private final TaskOriginRepository origins;
	private final Clock clock;

	TaskIntake(ServicePlans plans, TaskOriginRepository origins, Clock clock) {
		this.plans = plans;
		this.origins = origins;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanChoice> plansTakingTasks() {
		return plans.all().stream()
			.filter(p -> p.status() != PlanStatus.CLOSED && p.status() != PlanStatus.ON_APPROVAL)
			.map(p -> new PlanChoice(p.id(), p.title(), p.status()))
			.toList();
	}

	@Override
	public Intake take(Member by, UUID planId, String goalTitle, List<ProposedTask> tasks) {
		ServicePlan plan = plans.plan(planId);
		LocalDate today = LocalDate.now(clock.withZone(by.timezone()));
		PlanPeriod period = plan.period();
		LocalDate start = today.isBefore(period.start()) ? period.start()
				: today.isAfter(period.end()) ? period.end() : today;
		List<OriginTask> created = new ArrayList<>();
		List<TaskOrigin> skipped = new ArrayList<>();
		UUID goalId = null;
		for (ProposedTask proposed : tasks) {
			boolean present = plan.tasks().stream()
				.anyMatch(t -> t.origin().map(o -> o.ideaId().equals(proposed.origin().ideaId())).orElse(false));
			if (present) {
				skipped.add(proposed.origin());
				continue;
			}
			if (goalId == null) {
				goalId = plan.goals().stream().filter(g -> g.title().equalsIgnoreCase(goalTitle.strip())).findFirst()
					.map(Goal::id)
					.orElseGet(() -> plans.addGoal(planId, goalTitle, null).id());
			}
			LocalDate due = start.plusMonths(Math.max(1, proposed.monthsToDue()));
			PlanTask task = plans.addTask(by, planId, new TaskDetails(goalId, proposed.block(), proposed.title(),
					proposed.description(), by.personId(), null, start, due.isAfter(period.end()) ? period.end() : due,
					null, null, null, null, null, null, null, null, null, null, null));
			task.bornFrom(proposed.origin());
			created.add(originTask(task));
		}
		return new Intake(planId, created, skipped);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TaskOrigin> originOf(UUID taskId) {
		return origins.withId(taskId).stream().findFirst().flatMap(PlanTask::origin);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OriginTask> tasksFromIdea(UUID ideaId) {
		return origins.fromIdea(ideaId).stream().map(TaskIntake::originTask).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OriginTask> tasksFromTouchpoint(UUID touchpointId) {
		return origins.fromTouchpoint(touchpointId).stream().map(TaskIntake::originTask).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OriginTask> tasksFromPain(UUID painId) {
		return origins.fromPain(painId).stream().map(TaskIntake::originTask).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OriginTask> tasksFromSession(UUID sessionId) {
		return origins.fromSession(sessionId).stream().map(TaskIntake::originTask).toList();
	}

	private static OriginTask originTask(PlanTask task) {
		return new OriginTask(task.plan().id(), task.plan().title(), task.id(), task.title(), task.block(),
				task.status(), task.origin().orElse(null));
	}
}
