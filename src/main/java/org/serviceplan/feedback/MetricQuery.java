package org.serviceplan.feedback;

import java.time.LocalDate;
import java.util.UUID;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * Which answers a figure is made of: one metric of one workspace, answered between {@code from} and {@code to}
 * (days in the workspace's timezone, both included, either open), optionally of one touchpoint, segment and
 * channel, with a series split by {@code groupBy} (or none).
 */
public record MetricQuery(UUID workspaceId, Metric metric, LocalDate from, LocalDate to, UUID touchpointId,
		String segment, String channel, GroupBy groupBy) {

	public MetricQuery {
		if (workspaceId == null || metric == null) {
			throw new IllegalArgumentException("a metric query needs a workspace and a metric");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new BusinessRuleViolation("to", "feedback.query.toBeforeFrom", from, to);
		}
		segment = segment == null || segment.isBlank() ? null : segment.strip();
		channel = channel == null || channel.isBlank() ? null : channel.strip();
	}

	/** Every answer of the metric, no series. */
	public static MetricQuery of(UUID workspaceId, Metric metric) {
		return new MetricQuery(workspaceId, metric, null, null, null, null, null, null);
	}

	public MetricQuery between(LocalDate first, LocalDate last) {
		return new MetricQuery(workspaceId, metric, first, last, touchpointId, segment, channel, groupBy);
	}

	public MetricQuery atTouchpoint(UUID touchpoint) {
		return new MetricQuery(workspaceId, metric, from, to, touchpoint, segment, channel, groupBy);
	}

	public MetricQuery inSegment(String name) {
		return new MetricQuery(workspaceId, metric, from, to, touchpointId, name, channel, groupBy);
	}

	public MetricQuery inChannel(String name) {
		return new MetricQuery(workspaceId, metric, from, to, touchpointId, segment, name, groupBy);
	}

	public MetricQuery groupedBy(GroupBy group) {
		return new MetricQuery(workspaceId, metric, from, to, touchpointId, segment, channel, group);
	}
}
