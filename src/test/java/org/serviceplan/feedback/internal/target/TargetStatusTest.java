package org.serviceplan.feedback.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TargetStatusTest {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

	@Test
	void reachedWhenTheMetricIsOnTheWantedSide() {
		Reading nps = new Reading(52.0, 400, 45.0, 59.0);

		assertThat(TargetStatus.of(Comparison.AT_LEAST, 50, DUE, nps, DUE.minusMonths(1)))
			.isEqualTo(TargetStatus.REACHED);
		assertThat(TargetStatus.certain(Comparison.AT_LEAST, 50, nps)).isFalse();
		assertThat(TargetStatus.certain(Comparison.AT_LEAST, 44, nps)).isTrue();
	}

	@Test
	void notYetBeforeTheDueDateMissedAfterIt() {
		Reading nps = new Reading(47.0, 400, 40.0, 54.0);

		assertThat(TargetStatus.of(Comparison.AT_LEAST, 50, DUE, nps, DUE)).isEqualTo(TargetStatus.NOT_YET);
		assertThat(TargetStatus.of(Comparison.AT_LEAST, 50, DUE, nps, DUE.plusDays(1)))
			.isEqualTo(TargetStatus.MISSED);
	}

	@Test
	void effortTargetWantsTheScoreAtMost() {
		Reading ces = new Reading(2.4, 120, 2.2, 2.6);

		assertThat(TargetStatus.of(Comparison.AT_MOST, 2.5, DUE, ces, DUE)).isEqualTo(TargetStatus.REACHED);
		assertThat(TargetStatus.certain(Comparison.AT_MOST, 2.5, ces)).isFalse();
	}

	@Test
	void withoutAnswersThereIsNoData() {
		assertThat(TargetStatus.of(Comparison.AT_LEAST, 50, DUE, Reading.NONE, DUE)).isEqualTo(TargetStatus.NO_DATA);
	}
}
