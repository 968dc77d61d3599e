package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.journey.TouchpointCard.GapLevel;

class TouchpointCardTest {

	static TouchpointCard rated(Integer expectation, Integer quality) {
		return new TouchpointCard(UUID.randomUUID(), "Приветствие", "OFFLINE", null, 0, expectation, quality);
	}

	@Test
	void lessThanExpectedIsBad() {
		assertThat(rated(4, 2).gap()).isEqualTo(-2);
		assertThat(rated(4, 2).gapLevel()).isEqualTo(GapLevel.BAD);
	}

	@Test
	void asExpectedIsGood() {
		assertThat(rated(3, 3).gap()).isZero();
		assertThat(rated(3, 3).gapLevel()).isEqualTo(GapLevel.GOOD);
	}

	@Test
	void moreThanExpectedIsExcellent() {
		assertThat(rated(2, 5).gap()).isEqualTo(3);
		assertThat(rated(2, 5).gapLevel()).isEqualTo(GapLevel.EXCELLENT);
	}

	@Test
	void hasNoGapWhileEitherSideIsUnrated() {
		assertThat(rated(null, 4).gap()).isNull();
		assertThat(rated(4, null).gapLevel()).isNull();
		assertThat(rated(null, null).gap()).isNull();
	}
}
