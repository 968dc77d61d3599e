package org.serviceplan.feedback.internal.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a target says. Its value is on the metric's own scale: NPS −100…100, CSAT percent 0…100, CES as the mean
 * score 1…7 (the variant the dashboard leads with).
 */
public record TargetDetails(String metric, Comparison comparison, BigDecimal value, LocalDate dueDate,
		UUID touchpointId, String segment) {

	public static final List<String> METRICS = List.of("NPS", "CSAT", "CES");
}
