package org.serviceplan.journey.internal;

import java.util.UUID;

import org.serviceplan.shared.BusinessRuleViolation;

/** Where a touchpoint sits: exactly one of a stage, a zone or an element (zones and elements are optional levels). */
public record Parent(UUID stageId, UUID zoneId, UUID elementId) {

	public Parent {
		int given = (stageId == null ? 0 : 1) + (zoneId == null ? 0 : 1) + (elementId == null ? 0 : 1);
		if (given == 0) {
			throw new BusinessRuleViolation("stageId", "journey.touchpoint.noParent");
		}
		if (given > 1) {
			throw new BusinessRuleViolation("stageId", "journey.touchpoint.twoParents");
		}
	}

	public static Parent stage(UUID id) {
		return new Parent(id, null, null);
	}

	public static Parent zone(UUID id) {
		return new Parent(null, id, null);
	}

	public static Parent element(UUID id) {
		return new Parent(null, null, id);
	}
}
