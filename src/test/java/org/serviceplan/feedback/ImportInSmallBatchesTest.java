package org.serviceplan.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.serviceplan.feedback.RollupConsistencyTest.answers;
import static org.serviceplan.feedback.RollupConsistencyTest.assertRollupsEqualRawAnswers;
import static org.serviceplan.feedback.RollupConsistencyTest.body;
import static org.serviceplan.feedback.RollupConsistencyTest.ndjson;
import static org.serviceplan.feedback.RollupConsistencyTest.threeTouchpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.journey.internal.Journeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A file is one transaction however many batches it takes: with batches of 50 answers and 30 roll-up cells held in
 * memory, every path that a million-line file takes — many batches, cells handed to the database several times,
 * externalIds repeated across batches and across files, files at the same time — is walked by a few thousand.
 */
@IntegrationTest
@TestPropertySource(properties = { "serviceplan.feedback.batch-size=50", "serviceplan.feedback.held-rollup-cells=30" })
class ImportInSmallBatchesTest {

	@Autowired
	Feedback feedback;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rollupsEqualTheRawAnswersAfterFilesOfManyBatchesSharingExternalIds() throws Exception {
		UUID ws = companies.company("Клиника Пакеты " + UUID.randomUUID()).id();
		List<UUID> touchpoints = threeTouchpoints(journeys, ws);
		Random random = new Random(20261203);
		List<NewAnswer> first = answers(random, ws, touchpoints, 1500);
		IngestReport one = feedback.ingest(ws, body(ndjson(first), StandardCharsets.UTF_8), IngestFormat.NDJSON, null,
				Locale.ROOT);
		assertThat(one.accepted()).isEqualTo(1500);
		assertThat(stored(ws)).isEqualTo(one.accepted() - one.duplicates());

		// three files at once, each with the others' externalIds and some of the first file's, in its own order
		List<NewAnswer> shared = answers(random, ws, touchpoints, 900);
		var pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<IngestReport>> done = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				List<NewAnswer> mine = new ArrayList<>(shared);
				mine.addAll(first.subList(i * 100, i * 100 + 100));
				Collections.shuffle(mine, new Random(i));
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
		long withoutExternalId = jdbc.queryForObject(
				"select count(*) from feedback_answer where workspace_id = ? and external_id is null", Long.class, ws);
		long distinctExternalIds = jdbc.queryForObject(
				"select count(distinct external_id) from feedback_answer where workspace_id = ?", Long.class, ws);
		assertThat(stored(ws)).isEqualTo(withoutExternalId + distinctExternalIds);
		assertRollupsEqualRawAnswers(feedback, jdbc, ws, touchpoints, random);
	}

	@Test
	void aFileThatBreaksOffMidwayStoresNothing() {
		UUID ws = companies.company("Клиника Обрыв " + UUID.randomUUID()).id();
		List<UUID> touchpoints = threeTouchpoints(journeys, ws);
		String lines = ndjson(answers(new Random(7), ws, touchpoints, 400));
		InputStream brokenOff = new SequenceInputStream(body(lines, StandardCharsets.UTF_8), new InputStream() {

			@Override
			public int read() throws IOException {
				throw new IOException("connection reset by the sender");
			}
		});

		assertThatThrownBy(() -> feedback.ingest(ws, brokenOff, IngestFormat.NDJSON, null, Locale.ROOT))
			.hasRootCauseMessage("connection reset by the sender");

		assertThat(stored(ws)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from feedback_daily where workspace_id = ?", Long.class, ws))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from feedback_monthly where workspace_id = ?", Long.class, ws))
			.isZero();
		assertThat(feedback.compute(MetricQuery.of(ws, Metric.NPS)).n()).isZero();
	}

	@Test
	void storesEveryAnswerAsSentToTheMicrosecond() {
		UUID ws = companies.company("Клиника Точность " + UUID.randomUUID()).id();
		List<UUID> touchpoints = threeTouchpoints(journeys, ws);
		Random random = new Random(11);
		List<NewAnswer> sent = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			Instant at = Instant.ofEpochSecond(915_148_800L + random.nextLong(30L * 365 * 86_400), random.nextInt(1000) * 1000);
			sent.add(new NewAnswer(ws, Metric.CSAT, 1 + random.nextInt(5), at, touchpoints.get(i % 3), "PHONE",
					"Семьи\tс детьми", "карта №" + i, "Долго ждали\nв регистратуре \\ «очень»", "exact-" + i, null));
		}
		feedback.ingest(ws, body(ndjson(sent), StandardCharsets.UTF_8), IngestFormat.NDJSON, null, Locale.ROOT);

		for (NewAnswer answer : sent) {
			var row = jdbc.queryForMap("select score, answered_at, touchpoint_id, channel, segment, customer_ref, comment "
					+ "from feedback_answer where workspace_id = ? and external_id = ?", ws, answer.externalId());
			assertThat(((Number) row.get("score")).intValue()).isEqualTo(answer.score());
			assertThat(jdbc.queryForObject("select answered_at from feedback_answer where workspace_id = ? and external_id = ?",
					java.time.OffsetDateTime.class, ws, answer.externalId()).toInstant()).isEqualTo(answer.answeredAt());
			assertThat(row.get("touchpoint_id")).isEqualTo(answer.touchpointId());
			assertThat(row).containsEntry("channel", "PHONE")
				.containsEntry("segment", answer.segment())
				.containsEntry("customer_ref", answer.customerRef())
				.containsEntry("comment", answer.comment());
		}
	}

	private long stored(UUID ws) {
		return jdbc.queryForObject("select count(*) from feedback_answer where workspace_id = ?", Long.class, ws);
	}
}
