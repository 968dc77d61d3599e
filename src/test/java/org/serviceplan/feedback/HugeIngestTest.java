package org.serviceplan.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200,000 NDJSON lines made up while they are read, never held anywhere: the body streams through in batches and
 * every line lands in the answers and the roll-ups. (The HTTP run with a file larger than the heap is
 * bench/feedback-ingest.sh.)
 */
@IntegrationTest
class HugeIngestTest {

	static final int LINES = 200_000;

	@Autowired
	Feedback feedback;
	@Autowired
	TestCompanies companies;

	@Test
	void streamsTwoHundredThousandGeneratedLinesWithoutHoldingThem() {
		UUID ws = companies.company("Клиника Поток " + UUID.randomUUID()).id();
		IngestReport report = feedback.ingest(ws, new GeneratedLines(LINES), IngestFormat.NDJSON, null, Locale.ROOT);
		assertThat(report.accepted()).isEqualTo(LINES - LINES / 1000);
		assertThat(report.rejectedTotal()).isEqualTo(LINES / 1000);
		assertThat(report.duplicates()).isZero();
		MetricResult nps = feedback.compute(MetricQuery.of(ws, Metric.NPS).groupedBy(GroupBy.MONTH));
		assertThat(nps.n()).isEqualTo(report.accepted());
		assertThat(nps.series()).hasSize(12);
	}

	/** Line k: an NPS answer in month k % 12 of 2025; every thousandth line has a score off the scale. */
	static final class GeneratedLines extends InputStream {

		private final int lines;
		private int next;
		private byte[] current = new byte[0];
		private int position;

		GeneratedLines(int lines) {
			this.lines = lines;
		}

		@Override
		public int read() {
			if (position == current.length) {
				if (next == lines) {
					return -1;
				}
				int k = next++;
				int score = k % 1000 == 999 ? 11 : k % 11;
				current = ("{\"metric\":\"NPS\",\"score\":" + score + ",\"answeredAt\":\"2025-" + "%02d".formatted(1 + k % 12)
						+ "-15T12:00:00+03:00\",\"segment\":\"Сегмент " + k % 7 + "\",\"externalId\":\"gen-" + k + "\"}\n")
					.getBytes(StandardCharsets.UTF_8);
				position = 0;
			}
			return current[position++] & 0xFF;
		}
	}
}
