package org.serviceplan.feedback.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.InvalidAnswer;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricQuery;
import org.serviceplan.feedback.Variant;
import org.serviceplan.feedback.web.FeedbackJsons.ComparisonJson;
import org.serviceplan.feedback.web.FeedbackJsons.MetricJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Metrics over the answers, read from the roll-ups: a figure with n, 95% interval, breakdown and series. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/metrics/{metric}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback and metrics")
class MetricsRestController {

	private final Feedback feedback;

	MetricsRestController(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "getMetric", summary = "Compute a metric",
			description = """
					`metric` is `NPS`, `CSAT` or `CES` (any case). Answers from `from` to `to` (dates in the workspace's \
					timezone, both included, either may be left out), of one touchpoint, segment or channel if given; \
					`groupBy` (`day`, `week`, `month`, `touchpoint`, `segment`, `channel`) adds a series, keys `2026-03-05`, \
					`2026-W10`, `2026-03`, the touchpoint id, segment or channel (`""` for answers without one). \
					`value` is the headline figure named by `variant`: NPS = % promoters (9–10) − % detractors (0–6), \
					95% interval from the variance of the per-answer +100/0/−100; CSAT = % of 4–5 answers, Wilson interval; \
					CES = the mean score 1–7 with Student's t interval, and `alongside` holds the share of 5–7 (Wilson). \
					`breakdown`: promoters/passives/detractors for NPS, answers per score for CSAT and CES. `smallSample` \
					is true under 30 answers. `definition` links the formula's page.""")
	@ApiResponse(responseCode = "200", description = "The metric",
			content = @Content(schema = @Schema(implementation = MetricJson.class), examples = {
					@ExampleObject(name = "npsByMonth", value = FeedbackExamples.NPS),
					@ExampleObject(name = "ces", value = FeedbackExamples.CES) }))
	MetricJson metric(Member member, @PathVariable String metric,
			@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID touchpointId, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String channel,
			@Parameter(description = "day, week, month, touchpoint, segment or channel") @RequestParam(required = false) String groupBy) {
		MetricQuery query = new MetricQuery(member.workspaceId(), metric(metric), from, to, touchpointId, segment,
				channel, groupBy(groupBy));
		return MetricJson.of(member.workspaceId(), feedback.compute(query));
	}

	@GetMapping("/comparison")
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "compareMetric", summary = "Compare a metric between two periods",
			description = """
					The headline figure (or `variant`, e.g. `SHARE_5_7` for CES) from `baselineFrom`–`baselineTo` \
					(`before`) against `from`–`to` (`after`), with the same touchpoint, segment and channel filters: \
					`difference` = after − before with its 95% interval, the two-sided `pValue` of `test` \
					(NPS_Z_TEST, TWO_PROPORTION_Z_TEST for shares, WELCH_T_TEST for CES means) and `significant` \
					(p < 0.05; never with fewer than two answers on a side).""")
	@ApiResponse(responseCode = "200", description = "The comparison",
			content = @Content(schema = @Schema(implementation = ComparisonJson.class),
					examples = @ExampleObject(name = "quarter", value = FeedbackExamples.COMPARISON)))
	ComparisonJson compare(Member member, @PathVariable String metric,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineTo,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID touchpointId, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Variant variant) {
		Metric m = metric(metric);
		MetricQuery after = new MetricQuery(member.workspaceId(), m, from, to, touchpointId, segment, channel, null);
		MetricQuery before = after.between(baselineFrom, baselineTo);
		if (variant != null && variant.metric() != m) {
			throw new BusinessRuleViolation("variant", "feedback.query.variantOfOtherMetric", variant, m);
		}
		return ComparisonJson.of(variant == null ? feedback.compare(before, after)
				: feedback.compare(before, after, variant));
	}

	private static Metric metric(String name) {
		try {
			return Metric.named(name);
		}
		catch (InvalidAnswer e) {
			throw new RecordNotFound("metric", name);
		}
	}

	private static GroupBy groupBy(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return GroupBy.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("groupBy", "feedback.query.unknownGroupBy", name);
		}
	}
}
