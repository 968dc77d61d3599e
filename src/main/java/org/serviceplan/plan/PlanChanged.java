package org.serviceplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An approved or active plan was edited. Everyone whose tasks changed, and the plan's lead, are to be
 * told what changed (seed 000: "notify the responsibles when the plan changes").
 *
 * @param recipients people (person ids) to notify: responsibles of changed tasks and the lead
 * @param changedBy the person who made the change; they are not notified of their own edit
 * @param changes what changed, task by task
 * @param peopleByTask for each changed task, whose task it is: its responsible, and the previous one when it was
 *        reassigned, so each person can be told only about their own tasks
 * @param leadId the plan's lead, who hears about every change (null when the plan has none)
 */
public record PlanChanged(UUID workspaceId, UUID planId, String planTitle, UUID changedBy, Set<UUID> recipients,
		List<TaskChange> changes, Map<UUID, Set<UUID>> peopleByTask, UUID leadId) {

	public PlanChanged {
		recipients = Set.copyOf(recipients);
		changes = List.copyOf(changes);
		peopleByTask = peopleByTask == null ? Map.of() : Map.copyOf(peopleByTask);
	}

	/**
	 * One changed field of one task. {@code field} names it (title, dueDate, startDate, responsible, status,
	 * budget, expectedResult, …; the notification module words it); values are as shown to users (dates as ISO
	 * {@code YYYY-MM-DD}, people by name), {@code null} when absent.
	 */
	public record TaskChange(UUID taskId, String taskTitle, String field, String before, String after) {
	}
}
