package org.serviceplan.journey;

import java.util.List;
import java.util.UUID;

/** An element of a zone (desk, wardrobe, waiting area) with its touchpoints, in map order. */
public record ElementView(UUID id, String name, List<TouchpointCard> touchpoints) {

	public ElementView {
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
	}
}
