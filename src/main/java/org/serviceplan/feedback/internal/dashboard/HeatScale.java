package org.serviceplan.feedback.internal.dashboard;

import org.serviceplan.feedback.Variant;

/**
 * The colour of a figure on the heat map: its place between the worst and the best value of its variant, in five
 * steps from red to green (every headline variant is better when higher). Thin figures are grey.
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
		double share = (value - variant.floor()) / (variant.ceiling() - variant.floor());
		int step = (int) Math.floor(Math.max(0, Math.min(0.999, share)) * STEPS.length);
		return STEPS[step];
	}
}
