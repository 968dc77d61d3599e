package org.serviceplan.journey;

import java.util.UUID;

/**
 * Which pains the barrier matrix shows. A {@code null} id means "any"; {@code openOnly} hides addressed pains.
 */
public record PainFilter(UUID stageId, UUID zoneId, UUID departmentId, boolean openOnly) {

	/** Every pain of the journey. */
	public static final PainFilter NONE = new PainFilter(null, null, null, false);

	/** Whether the pain passes every criterion that is set. */
	public boolean accepts(PainPoint pain) {
		return (stageId == null || stageId.equals(pain.stageId()))
				&& (zoneId == null || zoneId.equals(pain.zoneId()))
				&& (departmentId == null || departmentId.equals(pain.departmentId()))
				&& (!openOnly || pain.open());
	}
}
