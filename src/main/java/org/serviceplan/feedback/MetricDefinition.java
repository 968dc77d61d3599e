package org.serviceplan.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How a metric's figure is made: its scale, its headline variant (and the other one shown beside it, for CES),
 * and the anchor of its entry on the definitions page, which every figure links to. Texts are message keys
 * {@code feedback.definition.<anchor>.*} of the feedback bundle.
 */
public record MetricDefinition(Metric metric, Variant headline, List<Variant> alongside, String anchor) {

	/** Below this many answers a figure is shown greyed: its interval is too wide to read a trend from. */
	public static final int SMALL_SAMPLE = 30;

	public MetricDefinition {
		alongside = List.copyOf(alongside);
	}

	public static MetricDefinition of(Metric metric) {
		return switch (metric) {
			case NPS -> new MetricDefinition(metric, Variant.PROMOTERS_MINUS_DETRACTORS, List.of(), "nps");
			case CSAT -> new MetricDefinition(metric, Variant.SHARE_4_5, List.of(), "csat");
			case CES -> new MetricDefinition(metric, Variant.MEAN_SCORE, List.of(Variant.SHARE_5_7), "ces");
		};
	}

	public static List<MetricDefinition> all() {
		return Arrays.stream(Metric.values()).map(MetricDefinition::of).toList();
	}

	/** The definitions page of a workspace, at this metric's entry. */
	public String link(UUID workspaceId) {
		return "/w/" + workspaceId + "/metrics/definitions#" + anchor;
	}

	public String messagePrefix() {
		return "feedback.definition." + anchor;
	}
}
