package org.serviceplan.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerFieldTest {

	@Test
	void readsTheCommonIsoFormExactlyAsTheGeneralParser() {
		Random random = new Random(20261202);
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(946_684_800L + random.nextLong(40L * 365 * 86_400),
					random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
			ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
			String text = OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			assertThat(AnswerField.commonForm(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-01T09:30:00+03:00", "2025-03-01T09:30:00Z", "2025-03-01T09:30:00.5-02:30",
			"2024-02-29T23:59:59.123456789+18:00" })
	void readsTheseInTheCommonForm(String text) {
		assertThat(AnswerField.commonForm(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-01T09:30+03:00", "2025-02-29T09:30:00Z", "2025-03-01T24:00:00Z",
			"2025-03-01T09:30:60Z", "2025-03-01T09:30:00", "2025-03-01T09:30:00+19:00", "2025-03-01 09:30:00Z",
			"2025-03-01T09:30:00.Z", "2025-03-01T09:30:00.1234567890Z", "2025-03-01T09:30:00+0300",
			"2025-03-01T09:30:00z", "２０２５-03-01T09:30:00Z", "+12025-03-01T09:30:00Z", "01.03.2025 09:30" })
	void leavesEveryOtherFormToTheGeneralParser(String text) {
		assertThat(AnswerField.commonForm(text)).isNull();
	}
}
