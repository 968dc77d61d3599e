package org.serviceplan.journey;

import java.util.Objects;
import java.util.UUID;

/**
 * One pain (барьер) on a touchpoint as the barrier matrix sees it: where it sits on the map, how bad and how
 * often it hurts (1–5 each), and whether it is still open.
 */
public record PainPoint(UUID painId, String description, int severity, int frequency, UUID touchpointId,
		String touchpointName, UUID stageId, UUID zoneId, UUID departmentId, boolean open) {

	public PainPoint {
		Objects.requireNonNull(description, "description");
		if (severity < 1 || severity > 5) {
			throw new IllegalArgumentException("severity must be 1..5, was " + severity);
		}
		if (frequency < 1 || frequency > 5) {
			throw new IllegalArgumentException("frequency must be 1..5, was " + frequency);
		}
	}

	/** Severity × frequency, 1..25: the score pains are ranked by. */
	public int score() {
		return severity * frequency;
	}
}
