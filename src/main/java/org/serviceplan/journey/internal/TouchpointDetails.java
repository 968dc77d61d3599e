package org.serviceplan.journey.internal;

import java.util.UUID;

/** What is said about a touchpoint; expectation and quality on a 1–5 scale, both optional until measured. */
public record TouchpointDetails(String name, String description, Channel channel, UUID departmentId,
		UUID responsibleId, String icon, Integer expectation, Integer quality, String tangibleEvidence, String notes) {

	/** A touchpoint known only by name and channel, as the first sticky note on the board. */
	public static TouchpointDetails named(String name, Channel channel) {
		return new TouchpointDetails(name, null, channel, null, null, null, null, null, null, null);
	}
}
