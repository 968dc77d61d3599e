package org.serviceplan.feedback.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.serviceplan.feedback.Variant;

class HeatScaleTest {

	@Test
	void npsOfTwentyAndOfFiftyFiveLookDifferent() {
		assertThat(HeatScale.colour(Variant.PROMOTERS_MINUS_DETRACTORS, -5.0)).isEqualTo("#c5221f");
		assertThat(HeatScale.colour(Variant.PROMOTERS_MINUS_DETRACTORS, 20.0)).isEqualTo("#f9ab00");
		assertThat(HeatScale.colour(Variant.PROMOTERS_MINUS_DETRACTORS, 55.0)).isEqualTo("#7cb342");
		assertThat(HeatScale.colour(Variant.PROMOTERS_MINUS_DETRACTORS, 100.0)).isEqualTo("#188038");
		assertThat(HeatScale.colour(Variant.MEAN_SCORE, 2.5)).isEqualTo("#c5221f");
		assertThat(HeatScale.colour(Variant.SHARE_4_5, null)).isEqualTo(HeatScale.NO_DATA);
	}
}
