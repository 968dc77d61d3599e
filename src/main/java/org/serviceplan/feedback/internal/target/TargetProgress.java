package org.serviceplan.feedback.internal.target;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A target and where it stands: the metric as measured over the window that ends today (or on the due date once
 * it has passed), its status, and whether the whole confidence interval is past the value; with the target's
 * version for clients that change it next.
 */
public record TargetProgress(UUID id, long version, TargetDetails target, LocalDate from, LocalDate to,
		Reading reading, TargetStatus status, boolean certain) {

	public static TargetProgress of(Target target, Reading reading, LocalDate from, LocalDate to, LocalDate today) {
		TargetDetails d = target.details();
		double goal = d.value().doubleValue();
		return new TargetProgress(target.id(), target.version(), d, from, to, reading,
				TargetStatus.of(d.comparison(), goal, d.dueDate(), reading, today),
				TargetStatus.certain(d.comparison(), goal, reading));
	}

	/** The day the measuring window ends: today, or the due date once it has passed. */
	public static LocalDate measuredUntil(TargetDetails target, LocalDate today) {
		return today.isAfter(target.dueDate()) ? target.dueDate() : today;
	}
}
