package org.serviceplan.feedback.internal.dashboard;

import org.serviceplan.feedback.Variant;

/**
 * The colour of a figure on the heat map, in five steps from red to green (every headline variant is better when
 * higher). The steps sit where figures of real services spread, not evenly over the whole scale: an NPS of 20 and
 * one of 55 must not look alike. Thin figures are grey.
 */
public final class HeatScale {

	static final String[] STEPS = { "#c5221f", "#e8710a", "#f9ab00", "#7cb342", "#188038" };
	public static final String NO_DATA = "#9aa0a6";

	private HeatScale() {
	}

	public static String colour(Variant variant, Double value) {
		if (value == null) {
			return NO_DATA;
		}
		double[] bounds = switch (variant) {
			case PROMOTERS_MINUS_DETRACTORS -> new double[] { 0, 20, 40, 60 };
			case MEAN_SCORE -> new double[] { 3, 4, 5, 6 };
			case SHARE_4_5, SHARE_5_7 -> new double[] { 50, 65, 75, 85 };
		};
		int step = 0;
		while (step < bounds.length && value >= bounds[step]) {
			step++;
		}
		return STEPS[step];
	}
}
