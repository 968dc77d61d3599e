package org.serviceplan.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricDefinition;
import org.serviceplan.feedback.MetricPoint;
import org.serviceplan.feedback.MetricResult;
import org.serviceplan.feedback.internal.dashboard.CommentSearch;
import org.serviceplan.feedback.internal.dashboard.CommentSearch.CommentFilter;
import org.serviceplan.feedback.internal.dashboard.Dashboard;
import org.serviceplan.feedback.internal.dashboard.DashboardFilter;
import org.serviceplan.feedback.internal.dashboard.DashboardProperties;
import org.serviceplan.feedback.internal.dashboard.ExtraQuestions;
import org.serviceplan.feedback.internal.dashboard.HeatScale;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.journey.JourneyMapSvg;
import org.serviceplan.journey.JourneyMapSvg.CardOverlay;
import org.serviceplan.journey.JourneyMaps;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The metrics dashboard: NPS, CSAT and CES with n, interval, change and significance, trends, distributions,
 * slices, targets, other figures and comments; the filters re-render it through htmx (and work as a plain GET
 * form); the answers to the surveys' extra questions; and the journey map coloured by a metric per touchpoint.
 */
@Controller
@RequestMapping("/w/{ws}/feedback")
class DashboardController {

	static final String PAGE = "dashboard/index";
	static final String CONTENT = "dashboard/index :: content";
	static final String COMMENTS = "dashboard/index :: comments";
	static final String HEAT = "dashboard/heat";
	static final String EXTRA = "dashboard/index :: extra";

	private final Dashboard dashboard;
	private final CommentSearch comments;
	private final ExtraQuestions extraQuestions;
	private final Feedback feedback;
	private final TouchpointNames touchpoints;
	private final JourneyMaps journeys;
	private final DashboardProperties properties;
	private final MessageSource messages;
	private final Clock clock;

	DashboardController(Dashboard dashboard, CommentSearch comments, ExtraQuestions extraQuestions, Feedback feedback,
			TouchpointNames touchpoints, JourneyMaps journeys, DashboardProperties properties, MessageSource messages,
			Clock clock) {
		this.dashboard = dashboard;
		this.comments = comments;
		this.extraQuestions = extraQuestions;
		this.feedback = feedback;
		this.touchpoints = touchpoints;
		this.journeys = journeys;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Requires(Permission.VIEW_FEEDBACK)
	String show(Member member, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID touchpointId, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String channel, @RequestParam(required = false) GroupBy step,
			@RequestParam(required = false) Metric metric,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		DashboardFilter filter = DashboardFilter.of(from, to, touchpointId, segment, channel, step, metric,
				today(member));
		dashboardModel(member, filter, locale, model);
		commentsModel(member, new CommentFilter(null, null, null, filter.touchpointId(), filter.channel(),
				filter.segment(), null, filter.from(), filter.to()), 1, model);
		return "true".equals(htmx) ? CONTENT : PAGE;
	}

	/**
	 * The comments list alone, for its own filters and page; without htmx (a link opened in a new tab) the whole
	 * dashboard over the comments' period with the list at that page.
	 */
	@GetMapping("/comments")
	@Requires(Permission.VIEW_FEEDBACK)
	String comments(Member member, @RequestParam(required = false) Metric metric,
			@RequestParam(required = false) Integer minScore, @RequestParam(required = false) Integer maxScore,
			@RequestParam(required = false) UUID touchpointId, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String segment, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		CommentFilter filter = new CommentFilter(metric, minScore, maxScore, touchpointId, channel, segment, text, from,
				to);
		if (!"true".equals(htmx)) {
			dashboardModel(member, DashboardFilter.of(from, to, touchpointId, segment, channel, null, metric,
					today(member)), locale, model);
			commentsModel(member, filter, page, model);
			return PAGE;
		}
		touchpoints(model);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("definitions", definitions(member));
		commentsModel(member, filter, page, model);
		return COMMENTS;
	}

	/**
	 * One survey's extra question over the dashboard's period, its texts at a page; without htmx the dashboard
	 * over that period.
	 */
	@GetMapping("/surveys/{surveyId}/extra")
	@Requires(Permission.VIEW_FEEDBACK)
	String extraAnswers(Member member, @PathVariable UUID surveyId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		DashboardFilter filter = DashboardFilter.of(from, to, null, null, null, null, null, today(member));
		ExtraQuestions.Answers answers = extraQuestions.of(surveyId, filter, member.timezone(), locale, page);
		if (!"true".equals(htmx)) {
			return "redirect:" + UriComponentsBuilder.fromPath("/w/{ws}/feedback")
				.queryParam("from", filter.from())
				.queryParam("to", filter.to())
				.fragment("extra-" + surveyId)
				.buildAndExpand(member.workspaceId())
				.toUriString();
		}
		model.addAttribute("x", answers);
		model.addAttribute("f", filter);
		model.addAttribute("minimumAnswers", properties.minimumAnswers());
		return EXTRA;
	}

	/** A journey map with each touchpoint coloured by a metric over a period: n on the card, thin ones grey. */
	@GetMapping("/journeys/{journeyId}/heat")
	@Requires(Permission.VIEW_FEEDBACK)
	String heat(Member member, @PathVariable UUID journeyId, @RequestParam(required = false) Metric metric,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		DashboardFilter filter = DashboardFilter.of(from, to, null, null, null, null, metric, today(member),
				DashboardFilter.HEAT_DAYS);
		Metric chosen = filter.focus();
		var map = journeys.map(journeyId);
		MetricResult byTouchpoint = feedback.compute(
				filter.query(member.workspaceId(), chosen).groupedBy(GroupBy.TOUCHPOINT));
		Map<String, MetricPoint> points = new LinkedHashMap<>();
		byTouchpoint.series().forEach(p -> points.put(p.key(), p));
		MetricDefinition definition = feedback.definition(chosen);
		String svg = JourneyMapSvg.render(map, locale, id -> {
			MetricPoint p = points.get(id.toString());
			if (p == null || p.value() == null) {
				return new CardOverlay(HeatScale.NO_DATA, messages.getMessage("dashboard.heat.none",
						new Object[] { chosen.name() }, locale), true);
			}
			boolean thin = p.n() < properties.minimumAnswers();
			String text = messages.getMessage(thin ? "dashboard.heat.thin" : "dashboard.heat.value",
					new Object[] { chosen.name(), Figures.number(p.value(), locale), p.n() }, locale);
			return new CardOverlay(thin ? HeatScale.NO_DATA : HeatScale.colour(definition.headline(), p.value()), text,
					thin);
		});
		model.addAttribute("svg", svg);
		model.addAttribute("journeyId", journeyId);
		model.addAttribute("journeyTitle", map.title());
		model.addAttribute("journeys", journeys.journeys());
		model.addAttribute("filter", filter);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("definition", definition.link(member.workspaceId()));
		model.addAttribute("minimumAnswers", properties.minimumAnswers());
		return HEAT;
	}

	private void dashboardModel(Member member, DashboardFilter filter, Locale locale, Model model) {
		model.addAttribute("view", dashboard.view(member.workspaceId(), filter));
		touchpoints(model);
		model.addAttribute("journeys", journeys.journeys());
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("steps", List.of(GroupBy.MONTH, GroupBy.WEEK, GroupBy.DAY));
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("targetMetrics", TargetDetails.METRICS);
		model.addAttribute("definitions", definitions(member));
		model.addAttribute("targetWindowDays", properties.targetWindowDays());
		model.addAttribute("extraQuestions", extraQuestions.all(filter, member.timezone(), locale));
		model.addAttribute("minimumAnswers", properties.minimumAnswers());
	}

	private void commentsModel(Member member, CommentFilter filter, int page, Model model) {
		CommentSearch.Comments found = comments.page(member.workspaceId(), member.timezone(), filter, page);
		model.addAttribute("commentFilter", filter);
		model.addAttribute("comments", found);
		model.addAttribute("previousComments",
				found.hasPrevious() ? commentsLink(member, filter, found.page() - 1) : null);
		model.addAttribute("nextComments", found.hasNext() ? commentsLink(member, filter, found.page() + 1) : null);
	}

	/** The comments list at a page with the same filters, the ones left empty left out. */
	private static String commentsLink(Member member, CommentFilter filter, int page) {
		return UriComponentsBuilder.fromPath("/w/{ws}/feedback/comments")
			.queryParamIfPresent("metric", Optional.ofNullable(filter.metric()))
			.queryParamIfPresent("minScore", Optional.ofNullable(filter.minScore()))
			.queryParamIfPresent("maxScore", Optional.ofNullable(filter.maxScore()))
			.queryParamIfPresent("touchpointId", Optional.ofNullable(filter.touchpointId()))
			.queryParamIfPresent("channel", Optional.ofNullable(filter.channel()))
			.queryParamIfPresent("segment", Optional.ofNullable(filter.segment()))
			.queryParamIfPresent("text", Optional.ofNullable(filter.text()))
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParam("page", page)
			.encode()
			.buildAndExpand(member.workspaceId())
			.toUriString();
	}

	/** Each metric's entry on the definitions page, by the metric's name. */
	private Map<String, String> definitions(Member member) {
		Map<String, String> links = new LinkedHashMap<>();
		Arrays.stream(Metric.values())
			.forEach(m -> links.put(m.name(), feedback.definition(m).link(member.workspaceId())));
		return links;
	}

	/** Touchpoint names by id, and by the id as text (how a slice's key names its touchpoint). */
	private void touchpoints(Model model) {
		Map<UUID, String> names = touchpoints.all();
		Map<String, String> labels = new LinkedHashMap<>();
		names.forEach((id, name) -> labels.put(id.toString(), name));
		model.addAttribute("touchpointNames", names);
		model.addAttribute("touchpointLabels", labels);
	}

	private LocalDate today(Member member) {
		return LocalDate.now(clock.withZone(member.timezone()));
	}
}
