package org.serviceplan.journey;

import java.util.List;
import java.util.UUID;

/** A zone of a stage (entrance, reception): touchpoints sitting directly in it, then its elements. */
public record ZoneView(UUID id, String name, List<ElementView> elements, List<TouchpointCard> touchpoints) {

	public ZoneView {
		elements = elements == null ? List.of() : List.copyOf(elements);
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
	}
}
