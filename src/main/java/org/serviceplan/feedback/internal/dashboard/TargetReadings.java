package org.serviceplan.feedback.internal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricQuery;
import org.serviceplan.feedback.MetricResult;
import org.serviceplan.feedback.internal.target.Reading;
import org.serviceplan.feedback.internal.target.Target;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.TargetProgress;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Service;

/**
 * The targets of a workspace with their progress: each metric measured over the configured window (90 days by
 * default) ending today in the workspace's timezone, or on the due date once it has passed — so a missed target
 * stays judged by the answers of its own time.
 */
@Service
public class TargetReadings {

	private final Targets targets;
	private final Feedback feedback;
	private final Workspaces workspaces;
	private final DashboardProperties properties;
	private final Clock clock;

	TargetReadings(Targets targets, Feedback feedback, Workspaces workspaces, DashboardProperties properties,
			Clock clock) {
		this.targets = targets;
		this.feedback = feedback;
		this.workspaces = workspaces;
		this.properties = properties;
		this.clock = clock;
	}

	public List<TargetProgress> all(UUID workspaceId) {
		LocalDate today = today(workspaceId);
		return targets.all().stream().map(t -> progress(workspaceId, t, today)).toList();
	}

	public TargetProgress one(UUID workspaceId, UUID targetId) {
		return progress(workspaceId, targets.target(targetId), today(workspaceId));
	}

	TargetProgress progress(UUID workspaceId, Target target, LocalDate today) {
		TargetDetails d = target.details();
		LocalDate to = TargetProgress.measuredUntil(d, today);
		LocalDate from = to.minusDays(properties.targetWindowDays() - 1L);
		MetricResult result = feedback.compute(new MetricQuery(workspaceId, Metric.valueOf(d.metric()), from, to,
				d.touchpointId(), d.segment(), null, null));
		Reading reading = result.n() == 0 ? Reading.NONE
				: new Reading(result.value(), result.n(), result.ci95() == null ? null : result.ci95().low(),
						result.ci95() == null ? null : result.ci95().high());
		return TargetProgress.of(target, reading, from, to, today);
	}

	private LocalDate today(UUID workspaceId) {
		ZoneId zone = workspaces.timezones().getOrDefault(workspaceId, ZoneId.of("Europe/Moscow"));
		return LocalDate.now(clock.withZone(zone));
	}
}
