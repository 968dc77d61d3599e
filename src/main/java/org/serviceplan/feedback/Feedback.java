package org.serviceplan.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.serviceplan.feedback.internal.AnswerStore;
import org.serviceplan.feedback.internal.FeedbackProperties;
import org.serviceplan.feedback.internal.Ingestion;
import org.serviceplan.feedback.internal.RollupReader;
import org.serviceplan.feedback.internal.WorkspaceZones;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Customer feedback of every workspace: answers in (one from a survey page, or a stream from a file or an
 * integration), metrics out. A file's answers are written in batches within one transaction, which adds them to
 * the day and month roll-ups as it commits, so every figure is read from a few roll-up rows however many answers
 * there are. An answer's day is its date in the workspace's timezone.
 */
@Service
public class Feedback {

	private final AnswerStore store;
	private final RollupReader rollups;
	private final WorkspaceZones zones;
	private final TouchpointNames touchpoints;
	private final MessageSource messages;
	private final FeedbackProperties properties;

	Feedback(AnswerStore store, RollupReader rollups, WorkspaceZones zones, TouchpointNames touchpoints,
			MessageSource messages, FeedbackProperties properties) {
		this.store = store;
		this.rollups = rollups;
		this.zones = zones;
		this.touchpoints = touchpoints;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * One answer, e.g. from the public survey page. Its touchpoint must belong to its workspace
	 * ({@link InvalidAnswer} on {@code touchpointId} otherwise).
	 *
	 * @return false when an answer with the same externalId was already stored (this one is not stored again)
	 */
	public boolean record(NewAnswer answer) {
		if (answer.touchpointId() != null && !TenantContext.inWorkspace(answer.workspaceId(),
				() -> touchpoints.exists(answer.touchpointId()))) {
			throw new InvalidAnswer("touchpointId", "feedback.answer.unknownTouchpoint", answer.touchpointId());
		}
		try (AnswerStore.Import one = store.begin(answer.workspaceId(), zones.of(answer.workspaceId()))) {
			boolean stored = one.store(List.of(answer)) == 1;
			one.commit();
			return stored;
		}
	}

	/**
	 * A request body or file of answers, streamed: NDJSON, a JSON array or CSV with a header row. Good lines are
	 * stored, bad ones reported with the field and rule in {@code locale}'s language. The body is one transaction:
	 * one that breaks off midway (connection lost, database down) stores nothing, and sending it again is safe.
	 *
	 * @param charset the body's charset when the sender names one; null to detect it (BOM, UTF-8, Windows-1251)
	 */
	public IngestReport ingest(UUID workspaceId, InputStream body, IngestFormat format, Charset charset,
			Locale locale) {
		try (Ingestion ingestion = ingestion(workspaceId, locale)) {
			ingestion.read(body, format, charset);
			return ingestion.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Answers made in code (imports, demo data), streamed in batches like a file; an answer of another workspace
	 * or with a touchpoint of another workspace is rejected, counted by its position from 1.
	 */
	public IngestReport ingest(UUID workspaceId, Iterator<NewAnswer> answers, Locale locale) {
		try (Ingestion ingestion = ingestion(workspaceId, locale)) {
			ingestion.take(answers);
			return ingestion.finish();
		}
	}

	/** The metric over the query's answers: headline figure, n, 95% interval, breakdown and series. */
	public MetricResult compute(MetricQuery query) {
		Map<String, Histogram> groups = rollups.histograms(query);
		Histogram total = groups.values().stream().reduce(Histogram.empty(query.metric()), Histogram::plus);
		List<MetricPoint> series = new ArrayList<>();
		if (query.groupBy() != null) {
			groups.forEach((key, histogram) -> series.add(MetricPoint.of(key, histogram)));
			series.sort(query.groupBy().isTime() ? Comparator.comparing(MetricPoint::key)
					: Comparator.comparingLong(MetricPoint::n).reversed().thenComparing(MetricPoint::key));
		}
		return MetricResult.of(total, series);
	}

	/** The metric's answers per score over a query, without series: what a comparison or a chart needs. */
	public Histogram histogram(MetricQuery query) {
		return rollups.histograms(query.groupedBy(null)).values().stream()
			.reduce(Histogram.empty(query.metric()), Histogram::plus);
	}

	/** The headline figure in two periods (or slices): the change, its interval and its significance. */
	public Comparison compare(MetricQuery before, MetricQuery after) {
		return Comparison.of(histogram(before), histogram(after));
	}

	/** As {@link #compare(MetricQuery, MetricQuery)} for a chosen variant, e.g. CES as the share of 5–7. */
	public Comparison compare(MetricQuery before, MetricQuery after, Variant variant) {
		return Comparison.of(histogram(before), histogram(after), variant);
	}

	public MetricDefinition definition(Metric metric) {
		return MetricDefinition.of(metric);
	}

	private Ingestion ingestion(UUID workspaceId, Locale locale) {
		ZoneId zone = zones.of(workspaceId);
		return new Ingestion(workspaceId, zone, store, touchpointsOf(workspaceId), properties,
				(field, key, arguments) -> message(field, key, arguments, locale));
	}

	/** The workspace's touchpoints, read once per ingest on the first answer that names one. */
	private Predicate<UUID> touchpointsOf(UUID workspaceId) {
		Set<UUID> known = new HashSet<>();
		boolean[] loaded = { false };
		return id -> {
			if (!loaded[0]) {
				known.addAll(TenantContext.inWorkspace(workspaceId, () -> touchpoints.all().keySet()));
				loaded[0] = true;
			}
			return known.contains(id);
		};
	}

	private String message(String field, String key, Object[] arguments, Locale locale) {
		String rule = messages.getMessage(key, arguments, key, locale);
		return field == null ? rule
				: messages.getMessage("feedback.rejection", new Object[] { field, rule }, field + ": " + rule, locale);
	}
}
