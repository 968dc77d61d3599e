package org.serviceplan.journey;

import java.util.UUID;

/**
 * A touchpoint as a card on the map: name, channel, icon, how many open pains it has, and the expectation gap
 * (customer expectation and perceived quality, 1–5 each, either may be unknown).
 */
public record TouchpointCard(UUID id, String name, String channel, String icon, int painCount, Integer expectation,
		Integer quality) {

	/** quality − expectation, {@code null} while either is unknown. */
	public Integer gap() {
		return expectation == null || quality == null ? null : quality - expectation;
	}

	/**
	 * "Less than expected is bad, as expected is good, more is excellent" (seed 003); {@code null} while the gap
	 * is unknown.
	 */
	public GapLevel gapLevel() {
		Integer gap = gap();
		if (gap == null) {
			return null;
		}
		return gap < 0 ? GapLevel.BAD : gap == 0 ? GapLevel.GOOD : GapLevel.EXCELLENT;
	}

	/** How perceived quality compares with what the customer expected. */
	public enum GapLevel {
		BAD, GOOD, EXCELLENT
	}
}
