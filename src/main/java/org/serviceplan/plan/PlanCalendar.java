package org.serviceplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ReportingDuty;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the approved (and so active) plans of the current workspace, for calendars and reminders:
 * task due dates, checkpoints and the reports owed at them. Other modules read these; they never see the
 * plan's entities.
 */
@Service
@Transactional(readOnly = true)
public class PlanCalendar {

	public enum Kind {
		/** A task's due date; {@code people} are its responsible and co-executors. */
		TASK_DUE,
		/** A checkpoint; {@code people} are everyone with a task in the plan, {@code owing} who still owes a report. */
		CHECKPOINT,
		/** A report on a task owed at a checkpoint and not filed; {@code people} is the task's responsible. */
		REPORT_DUE
	}

	/**
	 * One date of a plan.
	 *
	 * @param subjectId the task (TASK_DUE, REPORT_DUE) or the checkpoint (CHECKPOINT)
	 * @param checkpointId the checkpoint (CHECKPOINT, REPORT_DUE), else null
	 * @param title the task's or checkpoint's title
	 * @param checkpointTitle the checkpoint's title for REPORT_DUE, else null
	 * @param owing who answers for it: the task's responsible (TASK_DUE, REPORT_DUE), who still owes a report at
	 *        the checkpoint (CHECKPOINT)
	 * @param open an open task (TASK_DUE), an open checkpoint (CHECKPOINT, REPORT_DUE)
	 * @param version changes whenever the record does (calendars take it as SEQUENCE)
	 * @param link the page of the record, relative to the application
	 */
	public record PlanDate(Kind kind, UUID planId, String planTitle, UUID subjectId, UUID checkpointId, String title,
			String checkpointTitle, LocalDate date, UUID leadId, Set<UUID> people, Set<UUID> owing, boolean open,
			long version, String link) {

		/** The plan's lead sees all of its dates; others the ones that concern them. */
		public boolean concerns(UUID personId) {
			return personId.equals(leadId) || people.contains(personId);
		}
	}

	private final ServicePlans plans;

	PlanCalendar(ServicePlans plans) {
		this.plans = plans;
	}

	/** Every date of the workspace's approved plans, by date. */
	public List<PlanDate> dates() {
		List<PlanDate> dates = new ArrayList<>();
		for (ServicePlan plan : plans.all()) {
			if (plan.status() != PlanStatus.APPROVED) {
				continue;
			}
			String base = "/w/" + plan.workspaceId() + "/plans/" + plan.id();
			Set<UUID> participants = new LinkedHashSet<>();
			for (PlanTask task : plan.tasks()) {
				if (task.status() == TaskStatus.CANCELLED) {
					continue;
				}
				Set<UUID> people = people(task);
				participants.addAll(people);
				dates.add(new PlanDate(Kind.TASK_DUE, plan.id(), plan.title(), task.id(), null, task.title(), null,
						task.dueDate(), plan.leadId(), people,
						task.responsibleId() == null ? Set.of() : Set.of(task.responsibleId()), task.status().isOpen(), task.version(),
						base + "/tasks/" + task.id()));
			}
			Set<String> filed = plans.reports(plan.id())
				.stream()
				.map(r -> r.checkpointId() + "/" + r.taskId())
				.collect(Collectors.toSet());
			for (Checkpoint checkpoint : plan.checkpoints()) {
				String link = base + "/checkpoints/" + checkpoint.id();
				Set<UUID> owing = new LinkedHashSet<>();
				for (PlanTask task : ReportingDuty.expectedAt(plan, checkpoint)) {
					if (filed.contains(checkpoint.id() + "/" + task.id()) || task.responsibleId() == null) {
						continue;
					}
					owing.add(task.responsibleId());
					dates.add(new PlanDate(Kind.REPORT_DUE, plan.id(), plan.title(), task.id(), checkpoint.id(),
							task.title(), checkpoint.title(), checkpoint.date(), plan.leadId(),
							Set.of(task.responsibleId()), Set.of(task.responsibleId()), !checkpoint.isClosed(),
							checkpoint.version() + task.version(), link));
				}
				dates.add(new PlanDate(Kind.CHECKPOINT, plan.id(), plan.title(), checkpoint.id(), checkpoint.id(),
						checkpoint.title(), null, checkpoint.date(), plan.leadId(), Set.copyOf(participants),
						Set.copyOf(owing), !checkpoint.isClosed(), checkpoint.version(), link));
			}
		}
		dates.sort(java.util.Comparator.comparing(PlanDate::date).thenComparing(d -> d.kind().ordinal()));
		return dates;
	}

	/** The dates that concern the person (all of a plan's for its lead). */
	public List<PlanDate> datesOf(UUID personId) {
		return dates().stream().filter(d -> d.concerns(personId)).toList();
	}

	private static Set<UUID> people(PlanTask task) {
		Set<UUID> people = new LinkedHashSet<>();
		if (task.responsibleId() != null) {
			people.add(task.responsibleId());
		}
		people.addAll(task.coExecutorIds());
		return Set.copyOf(people);
	}
}
