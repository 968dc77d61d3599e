package org.serviceplan.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-style: random answers go in through every path — single records, NDJSON, JSON arrays, CSV in both
 * charsets, answers from code, several ingests at once, repeated externalIds — then random queries over the
 * roll-ups must equal the same queries recomputed from the raw answers table.
 */
@IntegrationTest
class RollupConsistencyTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
	static final String[] CHANNELS = { "OFFLINE", "PHONE", "WEBSITE", null };
	static final String[] SEGMENTS = { "Новые", "Постоянные", "VIP; семьи", null };

	@Autowired
	Feedback feedback;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rollupsEqualARawRecomputationAfterRandomInsertsThroughEveryPath() throws Exception {
		UUID ws = companies.company("Клиника Свойства " + UUID.randomUUID()).id();
		List<UUID> touchpoints = threeTouchpoints(journeys, ws);
		Random random = new Random(20261202);
		for (int round = 0; round < 6; round++) {
			List<NewAnswer> answers = answers(random, ws, touchpoints, 150 + random.nextInt(150));
			switch (round % 5) {
				case 0 -> answers.forEach(feedback::record);
				case 1 -> feedback.ingest(ws, body(ndjson(answers), StandardCharsets.UTF_8), IngestFormat.NDJSON, null, Locale.ROOT);
				case 2 -> feedback.ingest(ws, body("[" + String.join(",", ndjson(answers).split("\n")) + "]",
						StandardCharsets.UTF_8), IngestFormat.JSON_ARRAY, null, Locale.ROOT);
				case 3 -> feedback.ingest(ws, body(csv(answers), Charset.forName("windows-1251")), IngestFormat.CSV, null,
						Locale.ROOT);
				default -> feedback.ingest(ws, answers.iterator(), Locale.ROOT);
			}
		}
		// several ingests at once over the same cells, each repeating some externalIds of the others
		List<NewAnswer> shared = answers(random, ws, touchpoints, 400);
		var pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<IngestReport>> done = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				List<NewAnswer> mine = new ArrayList<>(shared);
				java.util.Collections.shuffle(mine, new Random(i));
				done.add(pool.submit(() -> feedback.ingest(ws, body(ndjson(mine), StandardCharsets.UTF_8),
						IngestFormat.NDJSON, null, Locale.ROOT)));
			}
			for (Future<IngestReport> f : done) {
				assertThat(f.get().rejectedTotal()).isZero();
			}
		}
		finally {
			pool.shutdown();
		}

		assertRollupsEqualRawAnswers(feedback, jdbc, ws, touchpoints, random);
	}

	static List<UUID> threeTouchpoints(Journeys journeys, UUID ws) {
		return TenantContext.inWorkspace(ws, () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Визит");
			List<UUID> ids = new ArrayList<>();
			for (String name : List.of("Звонок", "Ресепшн", "Кабинет")) {
				ids.add(journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
						TouchpointDetails.named(name, Channel.OFFLINE)).id());
			}
			return ids;
		});
	}

	/** 300 random queries over the roll-ups, each equal to the same query recomputed from the raw answers. */
	static void assertRollupsEqualRawAnswers(Feedback feedback, JdbcTemplate jdbc, UUID ws, List<UUID> touchpoints,
			Random random) {
		List<Row> raw = jdbc.query("select metric, score, answered_at, touchpoint_id, channel, segment from feedback_answer "
				+ "where workspace_id = ?", (rs, i) -> new Row(Metric.valueOf(rs.getString(1)), rs.getInt(2),
						rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getObject(4, UUID.class),
						rs.getString(5), rs.getString(6)), ws);
		assertThat(raw.size()).isGreaterThan(1000);
		for (int q = 0; q < 300; q++) {
			MetricQuery query = query(random, ws, touchpoints);
			MetricResult fromRollups = feedback.compute(query);
			Map<String, Histogram> expected = recompute(raw, query);
			Histogram total = expected.values().stream().reduce(Histogram.empty(query.metric()), Histogram::plus);
			assertThat(fromRollups.histogram()).as("%s", query).isEqualTo(total);
			if (query.groupBy() != null) {
				Map<String, Long> actualSeries = new HashMap<>();
				fromRollups.series().forEach(p -> actualSeries.put(p.key(), p.n()));
				Map<String, Long> expectedSeries = new HashMap<>();
				expected.forEach((k, h) -> expectedSeries.put(k, h.n()));
				assertThat(actualSeries).as("%s", query).isEqualTo(expectedSeries);
			}
		}
	}

	record Row(Metric metric, int score, Instant at, UUID touchpoint, String channel, String segment) {
	}

	static Map<String, Histogram> recompute(List<Row> raw, MetricQuery query) {
		Map<String, Histogram> groups = new HashMap<>();
		for (Row row : raw) {
			LocalDate day = LocalDate.ofInstant(row.at(), MOSCOW);
			if (row.metric() != query.metric() || (query.from() != null && day.isBefore(query.from()))
					|| (query.to() != null && day.isAfter(query.to()))
					|| (query.touchpointId() != null && !query.touchpointId().equals(row.touchpoint()))
					|| (query.segment() != null && !query.segment().equals(row.segment()))
					|| (query.channel() != null && !query.channel().equals(row.channel()))) {
				continue;
			}
			String key = query.groupBy() == null ? "" : switch (query.groupBy()) {
				case DAY -> day.toString();
				case WEEK -> "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
				case MONTH -> YearMonth.from(day).toString();
				case TOUCHPOINT -> row.touchpoint() == null ? "" : row.touchpoint().toString();
				case SEGMENT -> row.segment() == null ? "" : row.segment();
				case CHANNEL -> row.channel() == null ? "" : row.channel();
			};
			groups.merge(key, Histogram.ofScores(row.metric(), row.score()), Histogram::plus);
		}
		return groups;
	}

	static MetricQuery query(Random random, UUID ws, List<UUID> touchpoints) {
		Metric metric = Metric.values()[random.nextInt(3)];
		LocalDate start = LocalDate.of(2025, 1, 1);
		LocalDate from = random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(430));
		LocalDate to = random.nextInt(4) == 0 ? null
				: (from == null ? start : from).plusDays(random.nextInt(random.nextBoolean() ? 40 : 300));
		if (random.nextInt(5) == 0 && to != null) {
			to = to.withDayOfMonth(to.lengthOfMonth());
		}
		if (random.nextInt(5) == 0 && from != null) {
			from = from.withDayOfMonth(1);
		}
		if (from != null && to != null && to.isBefore(from)) {
			to = from;
		}
		UUID touchpoint = random.nextInt(3) == 0 ? touchpoints.get(random.nextInt(touchpoints.size())) : null;
		String segment = random.nextInt(4) == 0 ? SEGMENTS[random.nextInt(3)] : null;
		String channel = random.nextInt(4) == 0 ? CHANNELS[random.nextInt(3)] : null;
		GroupBy group = random.nextInt(7) == 0 ? null : GroupBy.values()[random.nextInt(GroupBy.values().length)];
		return new MetricQuery(ws, metric, from, to, touchpoint, segment, channel, group);
	}

	static List<NewAnswer> answers(Random random, UUID ws, List<UUID> touchpoints, int count) {
		List<NewAnswer> answers = new ArrayList<>();
		Instant start = Instant.parse("2025-01-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			Metric metric = Metric.values()[random.nextInt(3)];
			int score = metric.min() + random.nextInt(metric.max() - metric.min() + 1);
			Instant at = start.plusSeconds(random.nextLong(430L * 24 * 3600));
			UUID touchpoint = random.nextInt(4) == 0 ? null : touchpoints.get(random.nextInt(touchpoints.size()));
			String externalId = random.nextInt(3) == 0 ? null : "ext-" + random.nextInt(2000);
			answers.add(new NewAnswer(ws, metric, score, at, touchpoint, CHANNELS[random.nextInt(4)],
					SEGMENTS[random.nextInt(4)], null, random.nextInt(5) == 0 ? "Комментарий, с \"кавычками\"\tи\\табом" : null,
					externalId, null));
		}
		return answers;
	}

	static String ndjson(List<NewAnswer> answers) {
		StringBuilder out = new StringBuilder();
		for (NewAnswer a : answers) {
			out.append("{\"metric\":\"").append(a.metric()).append("\",\"score\":").append(a.score())
				.append(",\"answeredAt\":\"").append(a.answeredAt().atZone(MOSCOW).toOffsetDateTime()).append('"');
			field(out, "touchpointId", a.touchpointId() == null ? null : a.touchpointId().toString());
			field(out, "channel", a.channel());
			field(out, "segment", a.segment());
			field(out, "customerRef", a.customerRef());
			field(out, "comment", a.comment());
			field(out, "externalId", a.externalId());
			out.append("}\n");
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append(",\"").append(name).append("\":\"")
				.append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n")).append('"');
		}
	}

	private static String csv(List<NewAnswer> answers) {
		StringBuilder out = new StringBuilder("metric;score;answeredAt;touchpointId;channel;segment;comment;externalId\r\n");
		for (NewAnswer a : answers) {
			out.append(a.metric()).append(';').append(a.score()).append(';').append(a.answeredAt()).append(';')
				.append(a.touchpointId() == null ? "" : a.touchpointId()).append(';')
				.append(a.channel() == null ? "" : a.channel()).append(';')
				.append(a.segment() == null ? "" : '"' + a.segment() + '"').append(';')
				.append(a.comment() == null ? "" : '"' + a.comment().replace("\"", "\"\"") + '"').append(';')
				.append(a.externalId() == null ? "" : a.externalId()).append("\r\n");
		}
		return out.toString();
	}

	static ByteArrayInputStream body(String text, Charset charset) {
		return new ByteArrayInputStream(text.getBytes(charset));
	}
}
