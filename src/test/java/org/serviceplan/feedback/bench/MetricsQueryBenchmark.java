package org.serviceplan.feedback.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.GroupBy;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7: with 10,000,000 answers stored, a metric sliced by touchpoint × month (or segment, channel) answers in
 * under 100 ms at the 95th percentile, and at least 20× faster than a plain GROUP BY over the raw answers.
 * Loads the answers server-side (INSERT … SELECT from generate_series: a year, 20 touchpoints, 5 channels,
 * 5 segments), builds both roll-up cubes with the same aggregation the ingest writes, then times random slices
 * through {@link Feedback#compute} and the same slices as GROUP BY over feedback_answer. Not a test: its name keeps
 * it out of {@code ./mvnw verify}; {@code bench/metrics-query.sh} runs it on PostgreSQL and it prints the figures.
 */
@IntegrationTest
class MetricsQueryBenchmark {

	static final int ANSWERS = Integer.getInteger("bench.answers", 10_000_000);
	static final int QUERIES = Integer.getInteger("bench.queries", 300);
	static final int RAW_QUERIES = Integer.getInteger("bench.rawQueries", 15);
	static final String ZONE = "Europe/Moscow";
	static final String[] CHANNELS = { "OFFLINE", "PHONE", "WEBSITE", "MESSENGER", "EMAIL" };
	static final String[] SEGMENTS = { "Новые пациенты", "Постоянные", "VIP", "Корпоративные", "По ДМС" };
	static final String COUNTS = IntStream.rangeClosed(0, 10)
		.mapToObj(i -> "count(*) filter (where score = " + i + ")")
		.collect(Collectors.joining(", "));

	@Autowired
	Feedback feedback;
	@Autowired
	TestCompanies companies;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void slicesTenMillionAnswers() {
		UUID ws = companies.company("Клиника Десять миллионов").id();
		List<UUID> touchpoints = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
		long t0 = System.nanoTime();
		jdbc.execute("create temporary table bench_touchpoint as select t.id::uuid as id, t.n from (values "
				+ IntStream.range(0, 20).mapToObj(i -> "('" + touchpoints.get(i) + "', " + i + ")")
					.collect(Collectors.joining(", ")) + ") t(id, n)");
		jdbc.update("insert into feedback_answer (workspace_id, metric, score, answered_at, touchpoint_id, channel, "
				+ "segment, external_id) select ?::uuid, m.metric, "
				+ "case m.metric when 'NPS' then least(10, (random() * 11)::int + (random() * 3)::int) "
				+ "when 'CSAT' then 1 + (random() * 4.4)::int else 1 + (random() * 6.4)::int end, "
				+ "timestamptz '2025-01-01 00:00:00+03' + (random() * 365 * 86400) * interval '1 second', "
				+ "(select id from bench_touchpoint where n = (g % 20)), "
				+ "(array['" + String.join("','", CHANNELS) + "'])[1 + (g / 20) % 5], "
				+ "(array['" + String.join("','", SEGMENTS) + "'])[1 + (g / 100) % 5], 'bench-' || g "
				+ "from generate_series(1, ?) g cross join lateral (select case when g % 10 < 5 then 'NPS' "
				+ "when g % 10 < 8 then 'CSAT' else 'CES' end as metric) m", ws, ANSWERS);
		long t1 = System.nanoTime();
		jdbc.update("insert into feedback_daily (workspace_id, metric, bucket, touchpoint_id, channel, segment, "
				+ "s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10) select workspace_id, metric, "
				+ "cast(answered_at at time zone '" + ZONE + "' as date), "
				+ "coalesce(touchpoint_id, '00000000-0000-0000-0000-000000000000'), coalesce(channel, ''), "
				+ "coalesce(segment, ''), " + COUNTS + " from feedback_answer where workspace_id = ? group by 1, 2, 3, 4, 5, 6",
				ws);
		jdbc.update("insert into feedback_monthly (workspace_id, metric, bucket, touchpoint_id, channel, segment, "
				+ "s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10) select workspace_id, metric, "
				+ "cast(date_trunc('month', bucket) as date), touchpoint_id, channel, segment, "
				+ IntStream.rangeClosed(0, 10).mapToObj(i -> "sum(s" + i + ")").collect(Collectors.joining(", "))
				+ " from feedback_daily where workspace_id = ? group by 1, 2, 3, 4, 5, 6", ws);
		jdbc.execute("analyze feedback_answer");
		jdbc.execute("analyze feedback_daily");
		jdbc.execute("analyze feedback_monthly");
		long t2 = System.nanoTime();
		System.out.printf("Loaded %,d answers in %.1f s, roll-ups built in %.1f s: %,d day rows, %,d month rows%n",
				ANSWERS, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
				jdbc.queryForObject("select count(*) from feedback_daily where workspace_id = ?", Long.class, ws),
				jdbc.queryForObject("select count(*) from feedback_monthly where workspace_id = ?", Long.class, ws));

		Random random = new Random(42);
		List<MetricQuery> queries = new ArrayList<>();
		for (int i = 0; i < QUERIES; i++) {
			queries.add(slice(random, ws, touchpoints, i % 3));
		}
		for (MetricQuery query : queries.subList(0, 30)) {
			feedback.compute(query);
		}
		double[] rollup = new double[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			long start = System.nanoTime();
			feedback.compute(queries.get(i));
			rollup[i] = (System.nanoTime() - start) / 1e6;
		}
		double[] raw = new double[Math.min(RAW_QUERIES, queries.size())];
		double[] sameRollup = new double[raw.length];
		for (int i = 0; i < raw.length; i++) {
			MetricQuery query = queries.get(i);
			long start = System.nanoTime();
			long n = rawGroupBy(query);
			raw[i] = (System.nanoTime() - start) / 1e6;
			sameRollup[i] = rollup[i];
			long fromRollups = feedback.compute(query).n();
			if (n != fromRollups) {
				throw new IllegalStateException("raw " + n + " vs roll-ups " + fromRollups + " for " + query);
			}
		}
		System.out.printf("Roll-up queries (%d, via Feedback.compute): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
				rollup.length, percentile(rollup, 50), percentile(rollup, 95), percentile(rollup, 100));
		System.out.printf("Raw GROUP BY over feedback_answer (first %d of the same slices): p50 %.0f ms, p95 %.0f ms%n",
				raw.length, percentile(raw, 50), percentile(raw, 95));
		System.out.printf("Speed-up on the same slices: %.0fx (median raw / median roll-up), %.0fx (sum / sum)%n",
				percentile(raw, 50) / percentile(sameRollup, 50), Arrays.stream(raw).sum() / Arrays.stream(sameRollup).sum());
	}

	/** Touchpoint × month, segment × month or channel × month, over a random range of 1 to 12 months with ragged ends. */
	private static MetricQuery slice(Random random, UUID ws, List<UUID> touchpoints, int kind) {
		Metric metric = Metric.values()[random.nextInt(3)];
		LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200));
		LocalDate to = from.plusDays(30 + random.nextInt(330));
		MetricQuery query = new MetricQuery(ws, metric, from, to, null, null, null, GroupBy.MONTH);
		return switch (kind) {
			case 0 -> query.atTouchpoint(touchpoints.get(random.nextInt(touchpoints.size())));
			case 1 -> query.inSegment(SEGMENTS[random.nextInt(SEGMENTS.length)]);
			default -> query.inChannel(CHANNELS[random.nextInt(CHANNELS.length)]);
		};
	}

	/** The same slice the plain way: answers per month and score straight from the answers table. */
	private long rawGroupBy(MetricQuery query) {
		StringBuilder sql = new StringBuilder("select to_char(answered_at at time zone '" + ZONE + "', 'YYYY-MM'), "
				+ COUNTS + " from feedback_answer where workspace_id = ? and metric = ? "
				+ "and answered_at >= ? and answered_at < ?");
		List<Object> args = new ArrayList<>(List.of(query.workspaceId(), query.metric().name(),
				query.from().atStartOfDay(ZoneId.of(ZONE)).toOffsetDateTime(),
				query.to().plusDays(1).atStartOfDay(ZoneId.of(ZONE)).toOffsetDateTime()));
		if (query.touchpointId() != null) {
			sql.append(" and touchpoint_id = ?");
			args.add(query.touchpointId());
		}
		if (query.segment() != null) {
			sql.append(" and segment = ?");
			args.add(query.segment());
		}
		if (query.channel() != null) {
			sql.append(" and channel = ?");
			args.add(query.channel());
		}
		sql.append(" group by 1");
		long[] n = { 0 };
		jdbc.query(sql.toString(), rs -> {
			for (int i = 2; i <= 12; i++) {
				n[0] += rs.getLong(i);
			}
		}, args.toArray());
		return n[0];
	}

	private static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}
}
