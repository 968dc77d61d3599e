package org.serviceplan.journey;

import java.util.List;
import java.util.UUID;

/** A stage (before / during / after the visit): touchpoints sitting directly in it, then its zones. */
public record StageView(UUID id, String name, List<ZoneView> zones, List<TouchpointCard> touchpoints) {

	public StageView {
		zones = zones == null ? List.of() : List.copyOf(zones);
		touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
	}
}
