package org.serviceplan.journey;

import java.util.List;

/**
 * A journey map laid out for reading: stages left to right, in each the touchpoints, zones and elements in map
 * order. Built by the journey module from its model; drawn by {@link JourneyMapSvg}.
 */
public record MapView(String title, List<StageView> stages) {

	public MapView {
		title = title == null ? "" : title;
		stages = stages == null ? List.of() : List.copyOf(stages);
	}

	/** How many touchpoint cards the map shows. */
	public int touchpointCount() {
		return stages.stream()
			.mapToInt(s -> s.touchpoints().size() + s.zones()
				.stream()
				.mapToInt(z -> z.touchpoints().size()
						+ z.elements().stream().mapToInt(e -> e.touchpoints().size()).sum())
				.sum())
			.sum();
	}
}
