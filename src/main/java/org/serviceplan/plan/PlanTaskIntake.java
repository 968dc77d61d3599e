package org.serviceplan.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.workspace.Member;

/**
 * How another module turns its results into tasks of a service plan of the current workspace, and follows a task
 * back to where it came from. Tasks are added through the plan aggregate, so every rule of a plan holds (a closed
 * plan or one on approval refuses them; the responsible must be a person of the company).
 */
public interface PlanTaskIntake {

	/** Plans that can take tasks now (not closed, not on approval), by start date, newest first. */
	List<PlanChoice> plansTakingTasks();

	/**
	 * Adds the proposed tasks to the plan in the given order, under a global task named {@code goalTitle} (found by
	 * that title or created), with {@code by} responsible until someone is named. An origin already turned into a
	 * task of that plan (same idea) is skipped, so sending the same list twice adds nothing the second time.
	 */
	Intake take(Member by, UUID planId, String goalTitle, List<ProposedTask> tasks);

	/** Where a task of the current workspace came from, if it was born from a session's idea. */
	Optional<TaskOrigin> originOf(UUID taskId);

	/** Tasks born from an idea of a strategic session. */
	List<OriginTask> tasksFromIdea(UUID ideaId);

	/** Tasks born from ideas about a touchpoint. */
	List<OriginTask> tasksFromTouchpoint(UUID touchpointId);

	/** Tasks born from ideas about a pain. */
	List<OriginTask> tasksFromPain(UUID painId);

	/** Tasks born from any idea of a session. */
	List<OriginTask> tasksFromSession(UUID sessionId);

	record PlanChoice(UUID id, String title, PlanStatus status) {
	}

	/**
	 * A task to add: its block (created when the plan has none by that name), title and description, how many
	 * months from today it is due (within the plan's period), and its origin.
	 */
	record ProposedTask(String block, String title, String description, int monthsToDue, TaskOrigin origin) {
	}

	/** What an intake did: the tasks it created, and the origins it skipped because the plan had them already. */
	record Intake(UUID planId, List<OriginTask> created, List<TaskOrigin> skipped) {
	}

	/** A task with its plan and its origin, for following the chain. */
	record OriginTask(UUID planId, String planTitle, UUID taskId, String taskTitle, String block, TaskStatus status,
			TaskOrigin origin) {
	}
}
