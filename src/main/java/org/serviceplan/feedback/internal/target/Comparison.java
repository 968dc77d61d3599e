package org.serviceplan.feedback.internal.target;

/** Which side of its value a target wants the metric on. */
public enum Comparison {

	AT_LEAST("≥"), AT_MOST("≤");

	private final String sign;

	Comparison(String sign) {
		this.sign = sign;
	}

	public String sign() {
		return sign;
	}

	boolean holds(double value, double goal) {
		return this == AT_LEAST ? value >= goal : value <= goal;
	}
}
