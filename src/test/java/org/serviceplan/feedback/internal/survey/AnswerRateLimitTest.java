package org.serviceplan.feedback.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AnswerRateLimitTest {

	final AtomicLong now = new AtomicLong();
	final AnswerRateLimit limit = new AnswerRateLimit(3, now::get);

	@Test
	void allowsABurstThenRefusesUntilATokenDripsBack() {
		assertThat(limit.allows("10.0.0.1")).isTrue();
		assertThat(limit.allows("10.0.0.1")).isTrue();
		assertThat(limit.allows("10.0.0.1")).isTrue();
		assertThat(limit.allows("10.0.0.1")).isFalse();

		now.addAndGet(19_000_000_000L);
		assertThat(limit.allows("10.0.0.1")).as("a token takes 20 s at 3 a minute").isFalse();
		now.addAndGet(1_000_000_000L);
		assertThat(limit.allows("10.0.0.1")).isTrue();
		assertThat(limit.allows("10.0.0.1")).isFalse();
	}

	@Test
	void countsEachAddressApart() {
		for (int i = 0; i < 3; i++) {
			limit.allows("10.0.0.1");
		}

		assertThat(limit.allows("10.0.0.1")).isFalse();
		assertThat(limit.allows("10.0.0.2")).isTrue();
	}

	@Test
	void refillsNoMoreThanTheBurst() {
		now.addAndGet(3_600_000_000_000L);

		for (int i = 0; i < 3; i++) {
			assertThat(limit.allows("10.0.0.3")).isTrue();
		}
		assertThat(limit.allows("10.0.0.3")).isFalse();
	}

	@Test
	void refusesALimitBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AnswerRateLimit(0, now::get));
	}
}
