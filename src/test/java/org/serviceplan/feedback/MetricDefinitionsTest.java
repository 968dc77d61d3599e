package org.serviceplan.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Metric definitions of domain.md §8 on worked examples and on the shared golden data (read in place, never copied). */
class MetricDefinitionsTest {

	static final Path DATA = Path.of("../shared/data");

	@Test
	void npsIsPromotersMinusDetractors() {
		// 70% promoters, 20% passives, 10% detractors
		Histogram answers = Histogram.of(Metric.NPS, 5, 0, 0, 0, 0, 0, 5, 10, 10, 35, 35);
		assertThat(answers.headline().value()).isCloseTo(60.0, within(1e-9));
		assertThat(answers.breakdown()).containsExactly(java.util.Map.entry("promoters", 70L),
				java.util.Map.entry("passives", 20L), java.util.Map.entry("detractors", 10L));
	}

	@Test
	void csatIsTheShareOfFoursAndFives() {
		Histogram answers = Histogram.of(Metric.CSAT, 0, 14, 9, 10, 32, 42);
		assertThat(answers.n()).isEqualTo(107);
		assertThat(answers.headline().value()).isCloseTo(69.16, within(0.01));
		assertThat(answers.headline().ci95().low()).isBetween(59.0, 69.0);
		assertThat(answers.headline().ci95().high()).isBetween(69.2, 78.0);
	}

	@Test
	void cesHeadlineIsTheMeanWithTheShareOfFiveToSevenAlongside() {
		Histogram answers = Histogram.of(Metric.CES, 0, 80, 210, 140, 110, 160, 180, 120);
		assertThat(answers.headline().variant()).isEqualTo(Variant.MEAN_SCORE);
		assertThat(answers.headline().value()).isCloseTo(4.08, within(1e-9));
		assertThat(answers.estimate(Variant.SHARE_5_7).value()).isCloseTo(46.0, within(1e-9));
		assertThat(MetricDefinition.of(Metric.CES).alongside()).containsExactly(Variant.SHARE_5_7);
	}

	@Test
	void npsStandardErrorFollowsTheRPackage() {
		// brendan-r/NPS tests: scores 0,7,7,9,9,9 give NPS 1/3 and nps_var 5/9
		Histogram answers = Histogram.ofScores(Metric.NPS, 0, 7, 7, 9, 9, 9);
		Estimate nps = answers.headline();
		assertThat(nps.value()).isCloseTo(100.0 / 3, within(1e-9));
		assertThat(nps.standardError()).isCloseTo(100 * Math.sqrt(5.0 / 9 / 6), within(1e-9));
		assertThat(nps.ci95().low()).isCloseTo(100.0 / 3 - 1.959964 * nps.standardError(), within(1e-4));
	}

	@Test
	void meanIntervalUsesStudentsT() {
		Histogram answers = Histogram.ofScores(Metric.CES, 4, 5, 6, 7, 7);
		Estimate mean = answers.headline();
		assertThat(mean.value()).isCloseTo(5.8, within(1e-9));
		// t(0.975, 4) = 2.776
		assertThat((mean.value() - mean.ci95().low()) / mean.standardError()).isCloseTo(2.776, within(0.001));
		assertThat(mean.ci95().high()).as("clamped to the scale").isEqualTo(7.0);
		assertThat(Distributions.student975(1)).isCloseTo(12.706, within(0.001));
		assertThat(Distributions.student975(30)).isCloseTo(2.042, within(0.001));
	}

	@Test
	void refusesScoresOffTheScale() {
		assertThatThrownBy(() -> Metric.CSAT.checked(0)).isInstanceOf(InvalidAnswer.class)
			.extracting(e -> ((InvalidAnswer) e).field()).isEqualTo("score");
		assertThatThrownBy(() -> Metric.NPS.checked(11)).isInstanceOf(InvalidAnswer.class);
		assertThat(Metric.CES.checked(7)).isEqualTo(7);
	}

	@Test
	void noAnswersMakeNoFigureAndOneMakesNoInterval() {
		assertThat(Histogram.empty(Metric.NPS).headline().value()).isNull();
		Estimate one = Histogram.ofScores(Metric.CSAT, 5).headline();
		assertThat(one.value()).isEqualTo(100.0);
		assertThat(one.smallSample()).isTrue();
	}

	@Test
	void matchesEveryPublishedWorkedExampleOfTheGoldenVectors() throws IOException {
		JsonNode vectors = JsonMapper.builder().build().readTree(Files.readString(DATA.resolve("golden/golden_vectors.json")));
		int checked = 0;
		for (JsonNode vector : vectors) {
			String metric = vector.get("metric").asString();
			JsonNode inputs = vector.get("inputs");
			double recomputed = vector.get("recomputed").asDouble();
			Double ours = null;
			if (metric.equals("NPS") && inputs.has("scores")) {
				ours = Histogram.ofScores(Metric.NPS, ints(inputs.get("scores"))).headline().value();
			}
			else if (metric.equals("NPS") && inputs.has("passives")) {
				long p = inputs.get("promoters").asLong();
				long d = inputs.get("detractors").asLong();
				ours = Histogram.of(Metric.NPS, d, 0, 0, 0, 0, 0, 0, inputs.get("passives").asLong(), 0, 0, p).headline().value();
			}
			else if (metric.equals("CSAT") && inputs.has("5")) {
				long[] counts = new long[6];
				for (int s = 1; s <= 5; s++) {
					counts[s] = inputs.get(String.valueOf(s)).asLong();
				}
				ours = Histogram.of(Metric.CSAT, counts).headline().value();
			}
			else if (metric.startsWith("CES (7-pt mean)")) {
				long[] counts = new long[8];
				for (int s = 1; s <= 7; s++) {
					counts[s] = inputs.get(String.valueOf(s)).asLong();
				}
				ours = Histogram.of(Metric.CES, counts).headline().value();
			}
			else if (metric.startsWith("CES mean (PUBLISHED ERROR")) {
				ours = Histogram.ofScores(Metric.CES, ints(inputs.get("scores"))).headline().value();
			}
			if (ours != null) {
				assertThat(ours).as("%s %s", metric, inputs).isCloseTo(recomputed, within(0.01));
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(7);
	}

	@Test
	void npsOfTheRPackageTestDataIsTen() throws IOException {
		List<String> lines = Files.readAllLines(DATA.resolve("NPS_rpkg/nps_testdata.csv"));
		List<Integer> scores = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String first = line.split(",")[0];
			if (!first.equals("NA")) {
				scores.add(Integer.parseInt(first));
			}
		}
		Histogram answers = Histogram.ofScores(Metric.NPS, scores.stream().mapToInt(Integer::intValue).toArray());
		assertThat(answers.breakdown()).containsEntry("promoters", 462L).containsEntry("passives", 176L)
			.containsEntry("detractors", 362L);
		assertThat(answers.headline().value()).isCloseTo(10.0, within(1e-9));
	}

	@Test
	void csatOfTheDplyoverDataIsThirtyEightPercent() throws IOException {
		List<String> labels = List.of("Very unsatisfied", "Unsatisfied", "Neutral", "Satisfied", "Very satisfied");
		List<String> lines = Files.readAllLines(DATA.resolve("dplyover_csat/csat.csv"));
		List<Integer> scores = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String label = line.split(",")[3].replace("\"", "");
			scores.add(labels.indexOf(label) + 1);
		}
		Histogram answers = Histogram.ofScores(Metric.CSAT, scores.stream().mapToInt(Integer::intValue).toArray());
		assertThat(answers.n()).isEqualTo(150);
		assertThat(answers.headline().value()).isCloseTo(38.0, within(1e-9));
	}

	@Test
	void comparisonNamesItsTestAndSaysWhetherTheChangeIsSignificant() {
		Histogram before = Histogram.of(Metric.CSAT, 0, 30, 20, 20, 15, 15);
		Histogram after = Histogram.of(Metric.CSAT, 0, 10, 10, 20, 30, 30);
		Comparison change = Comparison.of(before, after);
		assertThat(change.test()).isEqualTo(SignificanceTest.TWO_PROPORTION_Z_TEST);
		assertThat(change.difference()).isCloseTo(30.0, within(1e-9));
		assertThat(change.significant()).isTrue();
		assertThat(change.pValue()).isLessThan(0.001);

		Comparison tiny = Comparison.of(Histogram.ofScores(Metric.NPS, 9, 10, 3), Histogram.ofScores(Metric.NPS, 10, 10, 9));
		assertThat(tiny.test()).isEqualTo(SignificanceTest.NPS_Z_TEST);
		assertThat(tiny.significant()).isFalse();

		Comparison means = Comparison.of(Histogram.ofScores(Metric.CES, 3, 4, 4, 5, 3, 4), Histogram.ofScores(Metric.CES, 6, 7, 6, 6, 7, 5));
		assertThat(means.test()).isEqualTo(SignificanceTest.WELCH_T_TEST);
		assertThat(means.significant()).isTrue();
	}

	private static int[] ints(JsonNode array) {
		int[] values = new int[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asInt();
		}
		return values;
	}
}
