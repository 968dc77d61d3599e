package org.serviceplan.feedback.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.serviceplan.feedback.GroupBy;

class TrendChartTest {

	@Test
	void drawsTheLineTheIntervalBandAndThinPointsHollow() {
		String svg = TrendChart.svg("NPS <тренд>", List.of(new TrendChart.Point("2026-01", 40.0, 30.0, 50.0, 120, false),
				new TrendChart.Point("2026-02", null, null, null, 0, true),
				new TrendChart.Point("2026-03", 55.0, 20.0, 80.0, 12, true)), -100, 100, 50.0);

		assertThat(svg).startsWith("<svg").contains("<title>NPS &lt;тренд&gt;</title>", "class=\"ci-band\"",
				"class=\"trend-line\"", "class=\"point faint\"", "class=\"target\"", "2026-01: 40 (n = 120)");
		// the band stops at the month without answers: two closed runs
		assertThat(svg.split("class=\"ci-band\"")[1].split("\"")[1].chars().filter(c -> c == 'Z').count()).isEqualTo(2);
	}

	@Test
	void bucketsNameEveryMonthWeekAndDayOfAWindowAsTheRollupsDo() {
		assertThat(Dashboard.buckets(GroupBy.MONTH, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 1)))
			.containsExactly("2025-12", "2026-01", "2026-02");
		assertThat(Dashboard.buckets(GroupBy.WEEK, LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 12)))
			.containsExactly("2026-W01", "2026-W02", "2026-W03");
		assertThat(Dashboard.buckets(GroupBy.DAY, LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1)))
			.containsExactly("2026-02-27", "2026-02-28", "2026-03-01");
	}

	@Test
	void valueAxisHugsTheIntervalsInRoundStepsWithinTheMetricsRange() {
		var points = List.of(new TrendChart.Point("2026-01", 36.0, 30.1, 42.1, 600, false),
				new TrendChart.Point("2026-02", 22.0, 15.8, 28.4, 600, false),
				new TrendChart.Point("2026-03", null, null, null, 0, true));

		assertThat(TrendChart.Scale.around(points, -100, 100)).isEqualTo(new TrendChart.Scale(0, 60));
		assertThat(TrendChart.Scale.around(List.of(new TrendChart.Point("x", 95.0, 90.0, 99.0, 50, false)), 0, 100))
			.isEqualTo(new TrendChart.Scale(85, 100));
		assertThat(TrendChart.Scale.around(List.of(), 1, 7)).isEqualTo(new TrendChart.Scale(1, 7));
	}
}
